from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from cases import open_numbers
from cases.models import Case, CaseEventKind
from home.models import ResidentSubmission
from projects.models import Direction, InitiativePage


@receiver(post_save, sender=ResidentSubmission)
def open_a_case(sender, instance, created, raw=False, **kwargs):
    """Every submission, from every form page and language, is a case: made in the same transaction."""
    if created and not raw:
        case = Case.objects.create(submission=instance, created_at=instance.submit_time)
        case.record(None, CaseEventKind.CREATED)


@receiver(post_save, sender=Case)
@receiver(post_delete, sender=Case)
@receiver(post_save, sender=InitiativePage)
@receiver(post_delete, sender=InitiativePage)
@receiver(post_save, sender=Direction)
@receiver(post_delete, sender=Direction)
def refresh_open_numbers(sender, **kwargs):
    open_numbers.forget()
