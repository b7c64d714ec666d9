from django.db import migrations


def open_cases(apps, schema_editor):
    """Submissions stored before cases existed become new cases too."""
    ResidentSubmission = apps.get_model("home", "ResidentSubmission")
    Case = apps.get_model("cases", "Case")
    CaseEvent = apps.get_model("cases", "CaseEvent")
    for submission in ResidentSubmission.objects.filter(case__isnull=True).iterator():
        case = Case.objects.create(submission=submission, created_at=submission.submit_time)
        CaseEvent.objects.create(case=case, kind="created", at=submission.submit_time)


class Migration(migrations.Migration):
    dependencies = [("cases", "0001_initial")]

    operations = [migrations.RunPython(open_cases, migrations.RunPython.noop)]
