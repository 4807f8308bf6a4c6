from vellum_airflow.operators.ingest import RunIngestPipelineOperator
from vellum_airflow.operators.rollback import RollbackPredictorOperator
from vellum_airflow.operators.rollout import RolloutPredictorOperator

__all__ = ["RollbackPredictorOperator", "RolloutPredictorOperator", "RunIngestPipelineOperator"]
