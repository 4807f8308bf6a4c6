from vellum_airflow.triggers.isvc_ready import IsvcReadyTrigger
from vellum_airflow.triggers.kfp_run import KfpRunTrigger
from vellum_airflow.triggers.new_documents import NewDocumentsTrigger

__all__ = ["IsvcReadyTrigger", "KfpRunTrigger", "NewDocumentsTrigger"]
