from vellum_airflow.hooks.kfp import KfpHook
from vellum_airflow.hooks.kserve import KServeBackend
from vellum_airflow.hooks.storage import VellumStorageHook

__all__ = ["KServeBackend", "KfpHook", "VellumStorageHook"]
