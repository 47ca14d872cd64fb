"""moot grant-clerk — make a user a clerk of a body (or take the role away)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from moot.access.models import ClerkRole
from moot.meetings.models import Body


class Command(BaseCommand):
    help = (
        "Give a user the clerk's role for a body: they run all its committees in the back office."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("body", metavar="BODY_SLUG")
        parser.add_argument("--revoke", action="store_true", help="Take the role away instead.")

    def handle(self, *args, **options):
        user = get_user_model().objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError(
                f"no user {options['username']!r} (create one with createsuperuser or the admin)"
            )
        body = Body.objects.filter(slug=options["body"]).first()
        if body is None:
            known = [f"  {b.slug} ({b.name})" for b in Body.objects.order_by("slug")]
            raise CommandError(
                f"no body with slug {options['body']!r}; "
                + ("the bodies are:\n" + "\n".join(known) if known else "there are no bodies yet")
            )
        if options["revoke"]:
            deleted, _ = ClerkRole.objects.filter(user=user, body=body).delete()
            self.stdout.write(
                f"{user} is no longer a clerk of {body}" if deleted else "nothing to revoke"
            )
            return
        _, created = ClerkRole.objects.get_or_create(user=user, body=body)
        self.stdout.write(f"{user} {'is now' if created else 'was already'} a clerk of {body}")
