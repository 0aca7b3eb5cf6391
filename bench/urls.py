"""The service's URLs plus ``/bench/trivial``: a DRF view with the API's authentication,
permission and throttle classes that touches nothing else, the baseline for overhead ratios."""

from django.urls import path
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from config.urls import handler400, handler403, handler404, handler500  # noqa: F401
from config.urls import urlpatterns as service_urlpatterns


class TrivialView(APIView):
    def get(self, request: Request) -> Response:
        return Response({"ok": True})


urlpatterns = [*service_urlpatterns, path("bench/trivial", TrivialView.as_view())]
