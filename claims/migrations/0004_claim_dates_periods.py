"""A period ("this year", "last year", "in March") is no longer a day: stored date mentions get
their period, lose the period's first day as their value, and a claim's figures are as of the day
it names, else the article's date (they were dated Jan. 1 for "this year")."""

from django.db import migrations, models

from claims.extraction.dates import resolve_period

BATCH = 500


def _dates_redone(dates: list, published) -> list:
    redone = []
    for mention in dates:
        period = resolve_period(mention.get("text") or "", published) if isinstance(mention, dict) else None
        if period:
            mention = {**mention, "value": None, "period": [day.isoformat() for day in period]}
        redone.append(mention)
    return redone


def _as_of(claim, dates: list):
    if not claim.quantities:
        return None
    named = next((d["value"] for d in dates if isinstance(d, dict) and d.get("value")), None)
    return named or claim.article.published_on


def claim_dates_periods(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    dated = Claim.objects.exclude(dates=[]).select_related("article").order_by("pk")
    changed = []
    for claim in dated.iterator(chunk_size=BATCH):
        dates = _dates_redone(claim.dates, claim.article.published_on)
        as_of = _as_of(claim, dates)
        if dates != claim.dates or str(as_of or "") != str(claim.as_of or ""):
            claim.dates, claim.as_of = dates, as_of
            changed.append(claim)
        if len(changed) >= BATCH:
            Claim.objects.bulk_update(changed, ["dates", "as_of"])
            changed = []
    Claim.objects.bulk_update(changed, ["dates", "as_of"])


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0003_idempotency_scope"),
    ]

    operations = [
        migrations.AlterField(
            model_name="claim",
            name="as_of",
            field=models.DateField(
                blank=True,
                help_text="The day a time-bound figure is as of: a day the claim names, else the article's date.",
                null=True,
            ),
        ),
        migrations.RunPython(claim_dates_periods, migrations.RunPython.noop),
    ]
