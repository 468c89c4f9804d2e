# S608: SQL built by formatting; S610, S611 Django; S612 logging.config.listen;
# S701, S702, S704 templates.
import logging.config

import jinja2
from django.db.models.expressions import RawSQL
from mako.template import Template
from markupsafe import Markup


def query(cursor, name, table):
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)
    cursor.execute("DELETE FROM {} WHERE id = 1".format(table))
    cursor.execute(f"UPDATE users SET name = '{name}'")
    cursor.execute("INSERT INTO t VALUES (" + name + ")")
    cursor.execute("SELECT * FROM users WHERE name = %s", (name,))  # fine
    User.objects.extra(where=["name = '%s'" % name])
    User.objects.extra(where=["name = 'bob'"])  # fine
    RawSQL("select id from t where x = " + name, [])
    logging.config.listen(9999)
    jinja2.Environment(loader=None)
    jinja2.Environment(autoescape=False)
    jinja2.Environment(autoescape=jinja2.select_autoescape())
    Template("hello")
    Markup(name)
    Markup("<b>fine</b>")


class User:
    objects = None
