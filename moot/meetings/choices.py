"""Every vocabulary of the domain, in one place (statuses, roles, kinds, restriction bases)."""

from collections.abc import Iterable

from django.db import models


class Jurisdiction(models.TextChoices):
    ENGLAND = "england", "England"
    WALES = "wales", "Wales"
    OTHER = "other", "Outside the Local Government Act 1972 Part VA"


class MembershipRole(models.TextChoices):
    CHAIR = "chair", "Chair"
    VICE_CHAIR = "vice_chair", "Vice-chair"
    MEMBER = "member", "Member"
    SUBSTITUTE = "substitute", "Substitute"
    CO_OPTEE = "co_optee", "Co-opted member"
    PARTNER = "partner", "Partner representative"
    ADVISER = "adviser", "Adviser"

    @classmethod
    def voting(cls) -> set[str]:
        """The roles that carry a vote at the committee's meetings: every member but an
        adviser (co-optees and partner representatives vote where they sit as members; a
        committee whose co-optees may not vote records them as advisers)."""
        return {cls.CHAIR, cls.VICE_CHAIR, cls.MEMBER, cls.SUBSTITUTE, cls.CO_OPTEE, cls.PARTNER}


class MeetingStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    POSTPONED = "postponed", "Postponed"
    CANCELLED = "cancelled", "Cancelled"
    HELD = "held", "Held"


class MinutesState(models.TextChoices):
    NONE = "none", "No minutes yet"
    DRAFT = "draft", "Draft minutes"
    APPROVED = "approved", "Approved minutes"


class ItemKind(models.TextChoices):
    EVACUATION = "evacuation", "Evacuation procedure"
    APOLOGIES = "apologies", "Apologies for absence"
    DECLARATIONS = "declarations", "Declarations of interest"
    MINUTES = "minutes", "Minutes of the previous meeting"
    MATTERS_ARISING = "matters_arising", "Matters arising and actions"
    EXCLUSION = "exclusion", "Exclusion of the press and public"
    AOB = "aob", "Any other business"
    NEXT_MEETING = "next_meeting", "Date of the next meeting"
    DECISION = "decision", "Report for decision"
    INFORMATION = "information", "Report for information"
    VERBAL = "verbal", "Verbal update"
    URGENT = "urgent", "Urgent item"
    OTHER = "other", "Other business"

    @classmethod
    def procedural(cls) -> set[str]:
        return {
            cls.EVACUATION,
            cls.APOLOGIES,
            cls.DECLARATIONS,
            cls.MINUTES,
            cls.MATTERS_ARISING,
            cls.EXCLUSION,
            cls.AOB,
            cls.NEXT_MEETING,
        }


class Restriction(models.TextChoices):
    """Why an item or a document is kept from the public."""

    NONE = "", "Public"
    EXEMPT = "exempt", "Exempt information (Schedule 12A)"
    CONFIDENTIAL = "confidential", "Confidential information (s.100A(3))"
    RESTRICTED = "restricted", "Restricted for another stated reason"


class DecisionKind(models.TextChoices):
    AGREED = "agreed", "Agreed"
    RESOLVED = "resolved", "Resolved"
    RECOMMENDED = "recommended", "Recommended"
    ORDERED = "ordered", "Ordered"
    NOTED = "noted", "Noted"
    DECIDED = "decided", "Decided"
    OTHER = "other", "Other"


class VotePosition(models.TextChoices):
    """How a member voted on a motion put to a recorded (named) vote."""

    FOR = "for", "For"
    AGAINST = "against", "Against"
    ABSTAINED = "abstained", "Abstained"


class VoteResult(models.TextChoices):
    CARRIED = "carried", "Carried"
    LOST = "lost", "Lost"


# What an attendance's role says of the person chairing the meeting (read without case).
CHAIRING_ROLES = frozenset({"chair", "chairman", "chairwoman", "chairperson", "in the chair"})


class DocumentKind(models.TextChoices):
    REPORT = "report", "Report"
    APPENDIX = "appendix", "Appendix"
    MINUTES = "minutes", "Minutes"
    AGENDA = "agenda", "Agenda front sheet"
    PACK = "pack", "Reports pack"
    SUPPLEMENT = "supplement", "Supplementary pack"
    PRESENTATION = "presentation", "Presentation"
    OTHER = "other", "Other document"


class PersonRoleKind(models.TextChoices):
    """The posts a member holds, as a council publishes them (``PersonRole``)."""

    LEADER = "leader", "Leader"
    DEPUTY_LEADER = "deputy", "Deputy leader"
    CABINET = "cabinet", "Cabinet portfolio"
    CHAIR = "chair", "Committee chair"
    CIVIC = "civic", "Civic office"
    OTHER = "other", "Other"


class AttendanceStatus(models.TextChoices):
    INVITED = "invited", "Expected"
    PRESENT = "present", "Present"
    APOLOGIES = "apologies", "Apologies"
    ABSENT = "absent", "Absent"
    SUBSTITUTE = "substitute", "Substitute"
    IN_ATTENDANCE = "in_attendance", "In attendance"


class InterestKind(models.TextChoices):
    DPI = "dpi", "Disclosable pecuniary interest"
    OTHER_REGISTRABLE = "ori", "Other registrable interest"
    NON_REGISTRABLE = "nri", "Non-registrable interest"
    PERSONAL = "personal", "Personal interest"
    PREJUDICIAL = "prejudicial", "Personal and prejudicial interest"
    OTHER = "other", "Other interest"


class ActionStatus(models.TextChoices):
    OPEN = "open", "Open"
    DONE = "done", "Completed"
    DROPPED = "dropped", "No longer needed"


# Schedule 12A to the Local Government Act 1972: Part 1 lists the descriptions of exempt
# information for England (paragraphs 1-7); Part 4 those for Wales (paragraphs 12-18, as
# substituted by the Local Government (Access to Information) (Variation) (Wales) Order 2007).
EXEMPT_PARAGRAPHS: dict[str, dict[int, str]] = {
    Jurisdiction.ENGLAND: {
        1: "Information relating to any individual",
        2: "Information which is likely to reveal the identity of an individual",
        3: "Information relating to the financial or business affairs of any particular person "
        "(including the authority holding that information)",
        4: "Information relating to any consultations or negotiations, or contemplated "
        "consultations or negotiations, in connection with any labour relations matter",
        5: "Information in respect of which a claim to legal professional privilege could be "
        "maintained in legal proceedings",
        6: "Information which reveals that the authority proposes to give a notice imposing "
        "requirements, or to make an order or direction, under any enactment",
        7: "Information relating to any action taken or to be taken in connection with the "
        "prevention, investigation or prosecution of crime",
    },
    Jurisdiction.WALES: {
        12: "Information relating to a particular individual",
        13: "Information which is likely to reveal the identity of an individual",
        14: "Information relating to the financial or business affairs of any particular person "
        "(including the authority holding that information)",
        15: "Information relating to any consultations or negotiations, or contemplated "
        "consultations or negotiations, in connection with any labour relations matter arising "
        "between the authority or a Minister of the Crown and employees of, or office holders "
        "under, the authority",
        16: "Information in respect of which a claim to legal professional privilege could be "
        "maintained in legal proceedings",
        17: "Information which reveals that the authority proposes (a) to give under any "
        "enactment a notice under or by virtue of which requirements are imposed on a person; "
        "or (b) to make an order or direction under any enactment",
        18: "Information relating to any action taken or to be taken in connection with the "
        "prevention, investigation or prosecution of crime",
    },
}


def exempt_paragraphs(jurisdiction: str) -> dict[int, str]:
    """The paragraphs of Schedule 12A a body of ``jurisdiction`` may cite (England's where the
    Act does not apply: a body outside Part VA borrows its wording)."""
    return EXEMPT_PARAGRAPHS.get(jurisdiction, EXEMPT_PARAGRAPHS[Jurisdiction.ENGLAND])


def schedule_12a_part(jurisdiction: str) -> str:
    """The Part of Schedule 12A listing ``jurisdiction``'s exempt information: "Part 1"
    (England) or "Part 4" (Wales)."""
    return "Part 4" if jurisdiction == Jurisdiction.WALES else "Part 1"


def urgency_statement(reason: str, jurisdiction: str) -> str:
    """What the minutes say of an item taken as urgent: the chair's agreement and the reason,
    which section 100B(4)(b) of the Local Government Act 1972 requires to be recorded there.
    A body outside Part VA cites no section."""
    power = (
        ""
        if jurisdiction == Jurisdiction.OTHER
        else " under section 100B(4)(b) of the Local Government Act 1972"
    )
    said = f", for this reason: {reason.strip()}" if reason.strip() else "."
    return f"The chair agreed to take this item as a matter of urgency{power}{said}"


def paragraph_list(paragraphs: Iterable[int | str] | None) -> str:
    """[3] → "paragraph 3"; [1, 3, 7] → "paragraphs 1, 3 and 7"."""
    numbers = sorted({int(p) for p in paragraphs or [] if str(p).isdigit()})
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"paragraph {numbers[0]}"
    return "paragraphs " + ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}"
