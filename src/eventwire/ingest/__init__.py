"""Stage 1: read documents from files, folders, URLs and feeds into ``Document`` records."""
