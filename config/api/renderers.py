"""Renderers: JSON for resources, and problem+json so clients may ask for it explicitly."""

from rest_framework.renderers import JSONRenderer

from config.api.problems import PROBLEM_CONTENT_TYPE


class ProblemJSONRenderer(JSONRenderer):
    media_type = PROBLEM_CONTENT_TYPE
    format = "problem+json"
