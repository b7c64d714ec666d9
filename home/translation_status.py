"""Which translations are out of date.

wagtail-localize keeps, per source object, the text it last took for translation (TranslationSource:
content_json, last_updated_at); it does not notice when the source changes afterwards, and the
translation keeps the old text until someone syncs («Синхронизировать переводы»). A translation is
out of date when its source's translated fields now differ from that stored text, or when the
translation itself was last saved before the source was last taken (synced but not yet republished).
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Page
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import Translation, TranslationSource


def _content(instance):
    """The instance serialised the way wagtail-localize serialises a source."""
    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


def _translated_fields(model, instance):
    return [field.field_name for field in get_translatable_fields(model) if field.is_translated(instance)]


def _saved_at(instance):
    """When this object's content was last saved, where the model records it."""
    if isinstance(instance, Page):
        return instance.latest_revision_created_at or instance.last_published_at
    return getattr(instance, "updated_at", None)


def source_changed(source, instance):
    """Whether the source object's translated fields differ from what wagtail-localize last took."""
    stored = json.loads(source.content_json)
    current = _content(instance)
    return any(stored.get(name) != current.get(name) for name in _translated_fields(type(instance), instance))


def out_of_date(objects):
    """The pks of those `objects` (one model) that are out-of-date translations, or sources with an
    out-of-date translation. A few queries for the whole batch, whatever its size."""
    objects = list(objects)
    if not objects:
        return set()
    model = type(objects[0])
    keys = {obj.translation_key for obj in objects}
    sources = list(TranslationSource.objects.filter(object_id__in=keys))
    if not sources:
        return set()
    targets = {
        (translation.source_id, translation.target_locale_id)
        for translation in Translation.objects.filter(source__in=sources, enabled=True)
    }
    manager = model.objects if not issubclass(model, Page) else model.objects.specific()
    family = {(obj.translation_key, obj.locale_id): obj for obj in manager.filter(translation_key__in=keys)}
    stale = set()
    for source in sources:
        original = family.get((source.object_id, source.locale_id))
        if original is None:
            continue
        changed = source_changed(source, original)
        for source_id, locale_id in targets:
            if source_id != source.pk:
                continue
            translation = family.get((source.object_id, locale_id))
            if translation is None:
                continue
            saved = _saved_at(translation)
            if changed or (saved is not None and saved < source.last_updated_at):
                stale.update({translation.pk, original.pk})
    return stale & {obj.pk for obj in objects}


def is_out_of_date(instance):
    return instance.pk in out_of_date([instance])
