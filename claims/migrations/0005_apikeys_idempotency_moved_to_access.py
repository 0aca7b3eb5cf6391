"""API keys and idempotency records live in the access app now; its migration 0002 copied the rows."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0004_claim_dates_periods'),
        ('access', '0002_rows_from_claims'),
    ]

    operations = [
        migrations.DeleteModel(
            name='ApiKey',
        ),
        migrations.DeleteModel(
            name='IdempotencyRecord',
        ),
    ]
