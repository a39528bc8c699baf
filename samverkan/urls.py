from django.urls import path

from . import views

app_name = "samverkan"

urlpatterns = [
    path("", views.meeting_list, name="list"),
    path("ny/", views.meeting_create, name="create"),
    path("kalender/ny-lank/", views.feed_reset_view, name="feed_reset"),
    path("kalender/<str:token>.ics", views.member_feed, name="feed"),
    path("<int:pk>/", views.meeting_detail, name="detail"),
    path("<int:pk>/andra/", views.meeting_edit, name="edit"),
    path("<int:pk>/anmal/", views.meeting_sign_up_view, name="sign_up"),
    path("<int:pk>/avanmal/", views.meeting_withdraw_view, name="withdraw"),
    path("<int:pk>/kalender.ics", views.meeting_calendar, name="calendar"),
]
