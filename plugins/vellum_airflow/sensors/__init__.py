from vellum_airflow.sensors.new_documents import NewDocumentsSensor

__all__ = ["NewDocumentsSensor"]
