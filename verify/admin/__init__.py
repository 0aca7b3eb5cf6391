"""The fact-check desk in the Django admin: queues, the claim workspace, bulk actions, exports.

Admin classes here are thin: they parse a request, call one ``verify`` service or selector,
and report the outcome through ``verify.admin_messages``. Importing this package registers
the claim and article admins (``autodiscover`` imports it).
"""

from verify.admin import articles, claims  # noqa: F401  (registers ArticleAdmin, ClaimAdmin)
