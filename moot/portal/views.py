from django.http import HttpResponse


def home(request):
    return HttpResponse("Moot")


committee = meeting = person = document = home
