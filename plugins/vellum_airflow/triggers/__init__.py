from vellum_airflow.triggers.new_documents import NewDocumentsTrigger

__all__ = ["NewDocumentsTrigger"]
