# Two commands set everything up: `make run` serves the site, `make test` tests it.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.requirements-installed
LOCAL_ENV := DJANGO_DEBUG=1

.PHONY: run test setup migrate content demo-admin clean

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

clean:
	rm -rf $(VENV) db.sqlite3 media var staticfiles
