from vellum_airflow.operators.ingest import RunIngestPipelineOperator
from vellum_airflow.operators.rollout import RolloutPredictorOperator

__all__ = ["RolloutPredictorOperator", "RunIngestPipelineOperator"]
