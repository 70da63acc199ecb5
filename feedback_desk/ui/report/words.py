"""The report's facts (core.report) in the owner's language: the summary sentence, the title,
who said a quote. Each piece is one translatable sentence with Qt's plural forms, so Korean
orders its words its own way instead of following English fragments."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject

from ...core.report import MonthReport, Quote, Summary
from .. import display


class ReportWords(QObject):
    def month(self, report: MonthReport) -> str:
        """ "November 2026" / "2026년 11월"."""
        return display.month_year(report.first)

    def who(self, quote: Quote) -> str:
        """ "Jane, Google" / "지민 · 네이버 플레이스": a first name and where they wrote."""
        name = quote.name or self.tr("A customer")
        where = display.channel_name(quote.channel or "other")
        return self.tr("{0}, {1}").format(name, where)

    def names(self, names: tuple[str, ...]) -> str:
        """ "Price", "Price and Speed", "Price, Speed and Staff"."""
        if len(names) < 2:
            return "".join(names)
        return self.tr("{0} and {1}").format(self.tr(", ").join(names[:-1]), names[-1])

    def summary(self, facts: Summary) -> str:
        """One sentence on the month, from its facts."""
        month = display.month_year(facts.month)
        if facts.feedback == 0:
            if facts.so_far:
                return self.tr("No feedback has been recorded in {0} so far.").format(month)
            return self.tr("No feedback was recorded in {0}.").format(month)
        parts = [self._nps(facts)]
        if facts.top_problems:
            n = facts.top_problem_count
            named = self.names(facts.top_problems)
            if len(facts.top_problems) > 1:
                part = self.tr("the most mentioned problems were {0} (%Ln times each)", "", n)
            else:
                part = self.tr("the most mentioned problem was {0} (%Ln times)", "", n)
            parts.append(part.format(named))
        if facts.response_rate is not None:
            parts.append(
                self.tr("you answered {0} of the feedback").format(
                    display.percent(facts.response_rate)
                )
            )
        sentence = parts[-1]
        if len(parts) > 1:
            sentence = self.tr("{0} and {1}").format(self.tr(", ").join(parts[:-1]), parts[-1])
        if facts.so_far:
            return self.tr("So far in {0}, {1}.").format(month, sentence)
        return self.tr("In {0}, {1}.").format(month, sentence)

    def _nps(self, facts: Summary) -> str:
        n, change = facts.answers, facts.nps_change
        if facts.nps is None:
            return self.tr("%Ln pieces of feedback came in", "", facts.feedback)
        score = display.signed(facts.nps)
        before = display.shaped(facts.before, "MMMM")
        if change is None:
            return self.tr("NPS was {0} from %Ln answers", "", n).format(score)
        moved = display.number(abs(change))
        if facts.change_is_clear:
            if change > 0:
                text = self.tr("NPS rose {0} points on {1} to {2} from %Ln answers", "", n)
            else:
                text = self.tr("NPS fell {0} points on {1} to {2} from %Ln answers", "", n)
            return text.format(moved, before, score)
        if round(change) == 0:
            return self.tr("NPS held steady at {0} from %Ln answers", "", n).format(score)
        if change > 0:
            text = self.tr(
                "NPS was {0} from %Ln answers (up {1} on {2}, within what chance alone can "
                "move it)",
                "",
                n,
            )
        else:
            text = self.tr(
                "NPS was {0} from %Ln answers (down {1} on {2}, within what chance alone can "
                "move it)",
                "",
                n,
            )
        return text.format(score, moved, before)


@cache
def words() -> ReportWords:
    return ReportWords()
