# nbgrader as a learner sees it on the workshop hub (on JUPYTER_CONFIG_PATH of every learner's server):
# the shared exchange, the course id, and the hub's user name as the student id, so each submission is
# filed under the learner who made it whatever system account the servers run as.
import os

c = get_config()  # noqa: F821
c.CourseDirectory.course_id = "boundarylab"
c.Exchange.root = os.environ.get("BOUNDARYLAB_EXCHANGE", "/srv/boundarylab/exchange")
c.Exchange.assignment_dir = os.environ.get("HOME", ".")
if os.environ.get("JUPYTERHUB_USER"):
    c.CourseDirectory.student_id = os.environ["JUPYTERHUB_USER"]
