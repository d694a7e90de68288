# The workshop hub's own configuration (deploy/jupyterhub/jupyterhub_config.py), plus only what a test
# on one machine, run as root, needs: free ports, a token for the test to act as the instructor's tools,
# and --allow-root (Jupyter refuses to run as root otherwise; never in a real deployment).
import os

c = get_config()  # noqa: F821
load_subconfig(os.environ["BOUNDARYLAB_HUB_CONFIG"])  # noqa: F821

c.JupyterHub.hub_port = int(os.environ["HUB_API_PORT"])
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{os.environ['HUB_PROXY_API_PORT']}"
c.Spawner.args = [*c.Spawner.args, "--allow-root"]
c.JupyterHub.services = [{"name": "test-driver", "api_token": os.environ["HUB_TEST_TOKEN"]}]
c.JupyterHub.load_roles = [
    {
        "name": "test-driver",
        "services": ["test-driver"],
        "scopes": ["admin:users", "admin:servers", "read:users", "tokens"],
    }
]
