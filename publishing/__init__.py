"""Publishing: the editor's dashboard where each municipality keeps its own offering current."""
