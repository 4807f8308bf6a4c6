"""Vellum's Airflow provider: hooks, triggers, sensors and operators (Airflow-facing code only).

Lives on Airflow's plugins path; the business logic it calls is in ``vellum`` (include/), which
never imports Airflow.
"""
