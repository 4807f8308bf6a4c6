"""Open Vellum storage URLs with credentials from an Airflow AWS connection.

``file://`` URLs need no connection. ``s3://`` URLs get a boto3 client from the amazon
provider's ``S3Hook``, so the connection's ``endpoint_url`` (MinIO, SeaweedFS) and credentials
apply; the same variables are exported to the pipeline subprocess.
"""

from __future__ import annotations

from typing import Any

from airflow.sdk.bases.hook import BaseHook

from vellum.storage import ObjectStore, open_url, split_url


class VellumStorageHook(BaseHook):
    conn_name_attr = "aws_conn_id"
    hook_name = "Vellum object storage"

    def __init__(self, aws_conn_id: str | None = "vellum_s3") -> None:
        super().__init__()
        self.aws_conn_id = aws_conn_id

    def _s3_hook(self):
        from airflow.providers.amazon.aws.hooks.s3 import S3Hook

        return S3Hook(aws_conn_id=self.aws_conn_id)

    def open(self, url: str) -> ObjectStore:
        scheme, _ = split_url(url)
        if scheme == "file":
            return open_url(url)
        return open_url(url, s3_client=self._s3_hook().get_conn())

    def subprocess_env(self, urls: list[str]) -> dict[str, Any]:
        """AWS variables for a child process that opens the same ``s3://`` URLs itself."""
        if all(split_url(u)[0] == "file" for u in urls):
            return {}
        hook = self._s3_hook()
        credentials = hook.get_credentials()
        env = {
            "AWS_ACCESS_KEY_ID": credentials.access_key,
            "AWS_SECRET_ACCESS_KEY": credentials.secret_key,
        }
        if credentials.token:
            env["AWS_SESSION_TOKEN"] = credentials.token
        endpoint = hook.conn_config.get_service_endpoint_url("s3")
        if endpoint:
            env["AWS_ENDPOINT_URL"] = endpoint
        if hook.conn_config.region_name:
            env["AWS_DEFAULT_REGION"] = hook.conn_config.region_name
        return env
