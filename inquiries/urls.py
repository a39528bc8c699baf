from django.urls import path

from . import views

app_name = "inquiries"

urlpatterns = [
    path("", views.inquiry_list, name="list"),
    path("ny/", views.inquiry_create_view, name="create"),
    path("<int:pk>/", views.inquiry_detail, name="detail"),
    path("<int:pk>/svara/", views.inquiry_answer_view, name="answer"),
    path("<int:pk>/komplettera/", views.inquiry_supplement_view, name="supplement"),
    path("<int:pk>/avsluta/", views.inquiry_close_view, name="close"),
]
