"""Drafting variants of the provision types: verb classes x object classes x trigger frames.

Each case is one authored clause (not taken from any agreement or evaluation file) that says a
codebook provision in wording the dev sets do not use: another verb of the same class, another
object, an anaphoric trigger, a negated or deliberative frame. Positives must get the label,
negatives (look-alikes) must not. The paraphrase bank (tests/extract/paraphrases/) measures
pass rates; these cases pin the generalisations the lexicon makes, one class at a time.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from treatylens.codebook.labels import ProvisionType
from treatylens.extract import extract
from treatylens.load import load
from treatylens.model import ClauseSpan, PipelineOptions, Segmentation, Zone

HEADS = {
    "treaty": "TREATY\n\nArticle 1\n\n",
    "memorandum": "MEMORANDUM OF UNDERSTANDING\n\nParagraph 1\n\n",
    "declaration": "JOINT DECLARATION\n\n",
    "unilateral_act": "EXECUTIVE ORDER\n\nSection 1.\n\n",
    "draft": "DRAFT AGREEMENT\n\nArticle 1\n\n",
    "statement": "Security plan outlined\n\n",
}


@dataclass(frozen=True)
class Variant:
    form: str
    text: str
    expect: tuple[ProvisionType, ...] = ()
    reject: tuple[ProvisionType, ...] = ()


V = Variant
CASES: tuple[Variant, ...] = (
    # defence: attack-on-one formula with any object
    V("treaty", "An armed attack against either Party shall be considered an attack upon both.", ("defence",)),
    V("treaty", "Any aggression directed at one of the Allies shall be treated as aggression against all of them.", ("defence",)),
    V("treaty", "The Parties agree that an attack on one of them shall be deemed an attack on one another.", ("defence",)),
    # defence: regard an attack as a threat to the peace and security of X
    V("unilateral_act", "The Government shall regard any armed attack upon the islands as a direct threat to the security of the Kingdom.", ("defence",)),
    V("declaration", "We will consider an attack on Lithuania a threat to the peace of our own nations.", ("defence",)),
    # defence: assist verbs x anaphoric triggers
    V("treaty", "In that event, the other Party shall come to the assistance of the Party concerned.", ("defence",)),
    V("treaty", "If so attacked, each Ally shall receive from the others all the aid in their power.", ("defence",)),
    V("treaty", "Should such an attack occur, the Guarantors shall render it immediate assistance.", ("defence",)),
    V("treaty", "In such a case each Party shall lend the other every help within its means.", ("defence",)),
    # defence: supply of materiel on an attack
    V("unilateral_act", "If the Republic is attacked, the Secretary shall furnish it with ammunition and air defense equipment on an urgent basis.", ("defence", "military_aid")),
    V("treaty", "In the event of aggression against the Republic, the Kingdom shall deliver weapons and munitions to its armed forces.", ("defence", "military_aid")),
    # defence: measures to restore the security of a named party
    V("draft", "Each guarantor shall take the action it deems necessary to restore the territorial integrity of the Republic.", ("defence",)),
    # negatives: negated supply to the aggressor is neutrality; deliberation is consultation
    V("treaty", "If either Party is attacked, the other shall not supply the attacking State with arms or credits of any kind.", ("neutrality",), ("defence", "military_aid", "economic_aid")),
    V("treaty", "During a war against either Party, the other Party shall not furnish that Power with troops or money.", ("neutrality",), ("defence",)),
    V("treaty", "If either Party is threatened, the Parties shall consult with a view to determining what assistance, if any, to give.", ("consultation",), ("defence",)),
    V("memorandum", "In the event of an attack, the Participants will consult on whether further help is needed.", ("consultation",), ("defence",)),
    V("treaty", "In that event the inspected State shall provide the necessary support to the inspection team.", (), ("defence",)),
    # limitation: nothing in X + verb, construed with a gap, not be deployed
    V("memorandum", "Nothing in this Arrangement obliges the Kingdom to station troops on the territory of the Republic.", ("limitation",)),
    V("unilateral_act", "Nothing in this proclamation, and no action taken under it, shall be construed as an obligation to use armed force.", ("limitation",)),
    V("declaration", "The mission will not be deployed beyond the administrative boundary line.", ("limitation",)),
    V("treaty", "The Kingdom reserves the right to decide whether and how to respond to any request for assistance.", ("limitation",)),
    V("treaty", "The guarantee does not thereby assume any obligation to commit armed forces.", ("limitation",)),
    # force_limits: caps, hosting bans, garrisons
    V("draft", "Foreign forces in the security zone shall number not more than 800 personnel.", ("force_limits",)),
    V("treaty", "The strength of the land forces shall not exceed 40,000 men.", ("force_limits",)),
    V("draft", "Neither Party will keep more than two brigades within 30 kilometres of the line.", ("force_limits",)),
    V("treaty", "The Republic shall not permit foreign military installations on its soil.", ("force_limits",)),
    V("treaty", "No foreign military bases shall be established on the islands.", ("force_limits",)),
    V("draft", "The garrison at the port shall be withdrawn and the coastal fortifications dismantled.", ("force_limits",)),
    V("treaty", "The Kingdom shall station two battalions on the territory of the Republic.", ("forces_presence",), ("force_limits",)),
    # territorial_status: zones and deferred status
    V("draft", "The Parties shall create a buffer strip of ten kilometres along the line, which shall be demilitarized.", ("territorial_status",)),
    V("draft", "The status of the disputed districts will be settled in later negotiations.", ("territorial_status",)),
    V("treaty", "The island shall form part of the territory of the Republic.", ("territorial_status",)),
    # institution: bodies created or meeting
    V("treaty", "A Joint Commission of the Parties is hereby established.", ("institution",)),
    V("treaty", "The Parties shall set up a Combined Planning Staff.", ("institution",)),
    V("memorandum", "The Participants will hold regular staff talks on the implementation of this Memorandum.", ("institution",)),
    V("treaty", "The secretariat will prepare the meetings of the Council.", ("institution",)),
    V("treaty", "The costs of the secretariat shall be shared equally.", (), ("institution",)),
    # military_aid: money earmarked for defence, equipment, advisers
    V("memorandum", "Norway will allocate NOK 500 million to finance ammunition for the Ukrainian army.", ("military_aid",)),
    V("declaration", "We commit USD 40 million over three years to modernise the Philippine Navy.", ("military_aid",)),
    V("memorandum", "The Kingdom will hand over decommissioned armoured vehicles to the Moldovan army.", ("military_aid",)),
    V("treaty", "The Republic shall second military advisers to the General Staff of the Kingdom.", ("military_aid",)),
    V("memorandum", "Germany will provide EUR 20 million for the reconstruction of schools and hospitals.", ("economic_aid",), ("military_aid",)),
    V("memorandum", "This Memorandum describes the framework for security assistance to the Republic.", (), ("military_aid",)),
    V("treaty", "The Parties shall provide assistance in the destruction of stockpiled munitions.", (), ("military_aid",)),
    # consultation, un_referral, withdrawal, entry_into_force, interoperability
    V("treaty", "Any disagreement about the meaning of this Pact will be resolved by consultations between the Parties.", ("consultation",)),
    V("treaty", "The Parties shall seek to agree on joint measures to counter the threat.", ("consultation",)),
    V("treaty", "The Parties shall immediately inform the Secretary-General and the Security Council of any such measures.", ("un_referral",)),
    V("unilateral_act", "This directive shall remain in force until rescinded.", ("withdrawal",)),
    V("treaty", "The Protocol is subject to ratification by the signatory States.", ("entry_into_force",)),
    V("memorandum", "Estonia will invite Latvian units to participate in its national exercises.", ("interoperability",)),
    V("declaration", "We will hold bilateral naval drills in the Baltic Sea every year.", ("interoperability",)),
    V("unilateral_act", "It is the policy of the Government to uphold the territorial integrity of Georgia.", ("respect_sovereignty",)),
    V("statement", "Under the plan, European troops would be based at airfields away from the front.", ("forces_presence",)),
    V("treaty", "The Kingdom shall maintain on the islands a naval force of at least four frigates.", ("forces_presence",)),
    # further classes: answered by all, upon attack, bloc/airspace neutrality, military works,
    # passive withdrawal, referenced duties, decided future of a territory, gifts, binding awards
    V("declaration", "Aggression against any of us would be repelled collectively.", ("defence",)),
    V("treaty", "Upon an armed attack on either Party, the other shall defend the Party attacked.", ("defence",)),
    V("treaty", "The Kingdom shall not let its ports be used by any Power for attacks on the Republic.", ("neutrality",)),
    V("treaty", "The Republic shall not erect military installations in the border district.", ("force_limits",)),
    V("draft", "All mortars and tanks are to be withdrawn behind the river.", ("ceasefire",)),
    V("treaty", "The undertakings in this Article shall not apply to colonial territories.", ("limitation",)),
    V("draft", "The fate of the occupied districts will be negotiated after the elections.", ("territorial_status",)),
    V("memorandum", "Canada will gift two hundred armoured vehicles to the Latvian army.", ("military_aid",)),
    V("treaty", "The award of the arbitrators shall be final.", ("dispute_settlement",)),
    V("treaty", "The term 'heavy weapon' does not include mortars below 82 mm.", (), ("limitation",)),
    V("treaty", "The Parties shall establish common international standards for the trade in small arms.", (), ("interoperability",)),
    # guarantees, responses, bans, bodies, access, deliveries, reactions in news
    V("draft", "The guarantors shall extend to the Republic firm security guarantees.", ("defence",)),
    V("statement", "Any renewed assault would prompt a military response from the allies, the draft says.", ("defence",)),
    V("treaty", "The Kingdom shall guarantee the islands against any foreign invasion.", ("defence",)),
    V("draft", "The Republic shall not host any foreign military personnel.", ("force_limits",)),
    V("draft", "Offensive weapons shall be banned within 20 kilometres of the boundary.", ("force_limits",)),
    V("treaty", "Western contingents shall not be stationed in the Republic.", ("force_limits",), ("limitation",)),
    V("memorandum", "The Board shall be co-chaired by the two Deputy Ministers of Defence.", ("institution",)),
    V("treaty", "The Assembly shall adopt its own rules of procedure.", ("institution",)),
    V("treaty", "Personnel on board the aircraft shall consist of two pilots.", (), ("institution",)),
    V("declaration", "We will broaden our bilateral defence partnership.", ("interoperability",)),
    V("treaty", "Each Party shall allow the aircraft of the other to use its airfields for refuelling.", ("forces_presence",)),
    V("declaration", "We will increase port calls by our coast guards.", ("forces_presence",)),
    V("unilateral_act", "The Secretary shall accelerate the transfer of air defense equipment to the Republic.", ("military_aid",)),
    V("memorandum", "The Kingdom will help the Republic secure its borders.", ("military_aid",)),
    V("treaty", "The Parties shall not threaten one another with military force.", ("non_aggression",)),
    V("treaty", "Neither Party shall permit the passage of belligerent troops through its territory.", ("neutrality",)),
    V("memorandum", "This assistance does not constitute a security guarantee.", ("limitation",)),
    V("statement", "Moscow has dismissed the idea of any European troops in Ukraine.", (), ("forces_presence",)),
    # further variants: inverted triggers, assault nouns, units, free-of zones, remaining outside
    V("declaration", "We stand ready to come to Latvia's defence should it be attacked.", ("defence",)),
    V("treaty", "An assault on any Member shall be deemed an assault on all Members.", ("defence",)),
    V("declaration", "We will respond jointly to any aggression against Allied territory.", ("defence",)),
    V("memorandum", "The Kingdom will equip three mechanised companies of the Republic's army.", ("military_aid",)),
    V("memorandum", "Canada will fund the training of 3,000 recruits for the Republic.", ("military_aid",)),
    V("declaration", "We will provide EUR 200 million for drone production in Ukraine.", ("military_aid",), ("economic_aid",)),
    V("draft", "Neither side shall position artillery within 10 kilometres of the line.", ("force_limits",)),
    V("treaty", "The archipelago shall remain free of military fortifications.", ("force_limits",)),
    V("treaty", "The Republic shall not acquire aircraft carriers.", ("force_limits",)),
    V("treaty", "The Kingdom shall refrain from granting aid to a State at war with the Republic.", ("neutrality",)),
    V("treaty", "The Republic will stay out of any war between its neighbours.", ("neutrality",)),
    V("memorandum", "The Participants will consult promptly if either considers its security at risk.", ("consultation",)),
    V("treaty", "The Council shall convene at ministerial level every two years.", ("institution",)),
    V("memorandum", "Nothing in this Memorandum shall be construed as an assurance of military support.", ("limitation",), ("military_aid",)),
    V("statement", "The text says the troops would not take part in combat.", ("limitation",)),
    V("memorandum", "Denmark will station a radar detachment in Estonia.", ("forces_presence",)),
    V("statement", "Under the deal, Washington would keep supplying intelligence to Kyiv.", ("military_aid",)),
    V("treaty", "The Republic cedes the northern districts to the Kingdom.", ("territorial_status",)),
    V("treaty", "Each State Party shall meet the costs of destroying its chemical weapons.", (), ("military_aid",)),
)


def _label(case: Variant) -> list[str]:
    head = HEADS[case.form]
    source = load((head + case.text + "\n").encode("utf-8"), name="variant.txt")
    start = source.text.index(case.text)
    zone: Zone = "news" if case.form == "statement" else "body"
    span = ClauseSpan(
        id="c0001", start=start, end=start + len(case.text), text=case.text,
        section="Article 1", provision_id=None, zone=zone, operative=True,
    )
    segmentation = Segmentation(
        title=head.split("\n", 1)[0], provisions=(), clauses=(span,), is_news=zone == "news"
    )
    return list(extract(source, segmentation, PipelineOptions()).clauses[0].labels)


@pytest.mark.parametrize("case", CASES, ids=[c.text[:50] for c in CASES])
def test_variant(case: Variant) -> None:
    labels = _label(case)
    assert set(case.expect) <= set(labels), f"{case.text!r}: got {labels}"
    assert not set(case.reject) & set(labels), f"{case.text!r}: got {labels}"
