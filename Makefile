# Two commands set everything up: `make run` serves the site, `make test` tests it.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.requirements-installed
LOCAL_ENV := DJANGO_DEBUG=1

.PHONY: run test serve backup restore setup migrate content demo-admin clean

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

setup: $(STAMP)
	$(LOCAL_ENV) $(PY) manage.py migrate --noinput
	$(LOCAL_ENV) $(PY) manage.py load_clinic_content

demo-admin: setup
	$(LOCAL_ENV) $(PY) manage.py create_demo_admin

run: demo-admin
	$(LOCAL_ENV) $(PY) manage.py runserver 127.0.0.1:8000

test: setup
	$(LOCAL_ENV) $(PY) -m pytest

# Production settings: nothing here sets DEBUG or a key. The environment must bring
# DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS (see README, "Running in production").
BIND ?= 127.0.0.1:8000
serve: $(STAMP)
	@if [ -n "$${DJANGO_DEBUG:-}" ]; then \
		echo "make serve runs production settings, but DJANGO_DEBUG is set. Unset it (make run is the debug server)."; exit 1; fi
	@if [ -z "$${DJANGO_SECRET_KEY:-}" ]; then \
		echo "make serve needs DJANGO_SECRET_KEY in the environment (a long random string, kept secret)."; \
		echo "To try it here:  export DJANGO_SECRET_KEY=\"\$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')\""; \
		exit 1; fi
	@if [ -z "$${DJANGO_ALLOWED_HOSTS:-}" ]; then \
		echo "make serve needs DJANGO_ALLOWED_HOSTS, the site's host names, e.g. DJANGO_ALLOWED_HOSTS=www.clinic.example"; exit 1; fi
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(VENV)/bin/gunicorn clinic_site.wsgi --bind $(BIND) --workers $${WEB_CONCURRENCY:-2}

# Like serve, these use the settings the environment gives (production on a server).
backup: $(STAMP)
	$(PY) manage.py backup

restore: $(STAMP)
	@if [ -z "$(FROM)" ]; then echo "Which backup? make restore FROM=backups/<timestamp>"; exit 1; fi
	$(PY) manage.py restore "$(FROM)"

clean:
	rm -rf $(VENV) db.sqlite3 media var staticfiles
