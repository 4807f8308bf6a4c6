from vellum_airflow.hooks.storage import VellumStorageHook

__all__ = ["VellumStorageHook"]
