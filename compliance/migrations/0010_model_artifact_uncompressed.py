from django.db import migrations

# A screening model's artifact is a gzip file (13 MB for the shipped one):
# PostgreSQL's own compression of a new value (TOAST, pglz) never makes it
# smaller, yet trying took 0.2 s of each registration's 0.45 s here before it
# stored the bytes as they came. EXTERNAL stores them out of line uncompressed
# straight away; reads are unchanged (the stored bytes were uncompressed).
# Applies to values written from now on.


def store_uncompressed(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE compliance_screeningmodel"
            " ALTER COLUMN artifact SET STORAGE EXTERNAL"
        )


def store_compressed(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "ALTER TABLE compliance_screeningmodel"
            " ALTER COLUMN artifact SET STORAGE EXTENDED"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("compliance", "0009_penalty_reasons"),
    ]

    operations = [migrations.RunPython(store_uncompressed, store_compressed)]
