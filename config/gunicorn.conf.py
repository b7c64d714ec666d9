"""gunicorn, as in production: `make run` uses it locally too."""

import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
wsgi_app = "config.wsgi:application"
accesslog = "-"
timeout = 60
# gunicorn 27 otherwise opens a control socket under ~/.gunicorn/.
control_socket_disable = True
