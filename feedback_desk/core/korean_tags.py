"""What a desk first opened in Korean starts with: the starting tags under their Korean names,
with rules that find the words Korean reviews use, the Korean starting templates in place of
the English ones, and the names a Korean desk gives the tags that starting templates and demo
texts name in English."""

from __future__ import annotations

from .records import InboxQuery
from .templates import load_starting_templates

# The starting tags (schema V1) and what a Korean shop owner calls them.
TAG_NAMES = {
    "Speed": "속도",
    "Price": "가격",
    "Quality": "맛·품질",
    "Staff": "직원",
    "Cleanliness": "청결",
    "Order accuracy": "주문 누락",
    "Atmosphere": "분위기",
    "Menu": "메뉴",
    "Location": "위치·주차",
}
# Words of Korean reviews for each tag: found inside longer words too ("늦게" in "늦게요").
RULE_WORDS = {
    "Speed": "늦게, 늦어, 느려, 느리, 오래 걸, 기다렸, 기다림, 한참, 배달이 늦",
    "Price": "비싸, 비쌈, 가격, 가성비, 양이 적",
    "Quality": "맛없, 식어, 눅눅, 딱딱, 짜요, 싱거, 상했, 신선하지",
    "Staff": "불친절, 친절, 직원, 응대, 사장님",
    "Cleanliness": "더러, 지저분, 끈적, 냄새, 위생, 청소",
    "Order accuracy": "누락, 빠져, 빠졌, 잘못 왔, 다른 메뉴, 안 왔",
    "Atmosphere": "분위기, 시끄, 음악, 인테리어, 자리",
    "Menu": "메뉴, 품절, 다 팔",
    "Location": "주차, 위치, 찾기 어려",
}
DONE = "tags_named_in_korean"


def name_tags_in_korean(store) -> bool:
    """On a desk with no feedback yet, give the starting tags their Korean names and rules for
    Korean words, and take out the English starting templates nobody has used or changed (the
    Korean ones come instead), once. A desk already in use keeps its tags and templates as
    they are. True when done now."""
    if store.get_setting(DONE) or store.inbox_count(InboxQuery(spam="include")):
        return False
    english = {(t.name, t.body) for t in load_starting_templates()}
    with store.transaction():
        for template in store.response_templates():
            if (template.name, template.body) in english and not template.uses:
                store.delete_template(template.id)
        tags = {tag.name: tag.id for tag in store.tags(counted=False)}
        for english, korean in TAG_NAMES.items():
            if english in tags and korean not in tags:
                store.rename_tag(tags[english], korean)
                store.add_tag_rule(tags[english], RULE_WORDS[english])
        store.set_setting(DONE, True)
    return True


def desk_tag(names: set[str], english: str) -> str:
    """The desk's name for a starting tag named in English: the Korean one on a desk whose
    tags are in Korean, else the English one."""
    korean = TAG_NAMES.get(english)
    return korean if english not in names and korean in names else english
