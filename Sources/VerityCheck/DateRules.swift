import Foundation
import VerityDocument
import VerityText

/// date.mismatch: an event's date against the source's, resolving the source's "today" or "on Monday" by its own date.
struct DateRules {
    let sources: SourceSet
    typealias Scored = (
        c: (src: Int, d: DateMention, ctx: Context), score: Int, near: Bool, nearAny: Bool, agrees: Bool
    )

    func check(_ ex: Extraction, into result: inout CheckResult) {
        let doc = ex.document
        // the sources' dates are read only when the article dates something
        guard
            ex.dates.contains(where: {
                ($0.day != nil || $0.weekdayConflict != nil) && !insideQuote(ex, $0.start, $0.end)
            })
        else { return }
        var cands: [(src: Int, d: DateMention, ctx: Context)] = []
        for (si, s) in sources.sources.enumerated() {
            // a relative date in a source without a date of its own ("on Saturday" in an undated page) says nothing
            let dated = s.document.frontMatter.day != nil
            for (d, ctx) in zip(s.extraction.dates, s.dateContexts) where d.day != nil && (dated || !d.relative) {
                cands.append((si, d, ctx))
            }
        }
        var out: [Finding] = []
        // the event of each source date, read once (by source and offset) for all the article's dates
        var events: [Int: String?] = [:]
        func event(_ x: (src: Int, d: DateMention, ctx: Context)) -> String? {
            let key = x.src << 32 | x.d.start
            if let known = events[key] { return known }
            let v = DateEvent.verb(sources.sources[x.src].extraction, x.d.start, x.d.end)
            events[key] = .some(v)
            return v
        }
        defer { result.findings += out }
        let topic = Context.topicWords(ex)
        for d in ex.dates {
            guard !insideQuote(ex, d.start, d.end) else { continue }
            if let conflict = d.weekdayConflict {
                out.append(
                    Finding(
                        rule: .dateMismatch, in: doc, start: d.start, end: d.end,
                        message: "the weekday does not fit the date: \(conflict)"))
                continue
            }
            guard let day = d.day, !DateRules.nowadays(ex, d) else { continue }
            if let said = statementSource(ex, d, result) ?? reportedSource(ex, d) {
                let mine = DateRules.readings(d, dated: doc.frontMatter.day)
                if mine.contains(where: { abs($0 - said.day.ordinal) <= d.toleranceDays }) {
                    result.support(d.start..<d.end, sources.sources[said.src], said.span)
                } else {
                    out.append(statementFinding(doc, d, said.src, said.span, said.day))
                }
                continue
            }
            let ctx = Context(ex, around: d.start..<d.end)
            let mine = DateRules.readings(d, dated: doc.frontMatter.day)
            let scored = cands.map {
                c -> Scored in
                let (score, near) = ctx.score(c.ctx, topicWords: topic)
                let nearAny = ctx.score(c.ctx).1
                let theirs = DateRules.readings(c.d, dated: sources.sources[c.src].document.frontMatter.day)
                let gap = mine.flatMap { a in theirs.map { abs($0 - a) } }.min() ?? .max
                return (c, score, near, nearAny, gap <= d.toleranceDays + c.d.toleranceDays)
            }.sorted { $0.score > $1.score }
            guard let best = scored.first else { continue }
            // a sentence that dates two events ("ratified today the emergency issued on Sunday, August 10") bears
            // out the article's date when one of its dates agrees
            let sameSentence = scored.first {
                $0.agrees && $0.c.src == best.c.src && !best.agrees
                    && sources.sources[best.c.src].extraction.sameSentence(best.c.d.start, $0.c.d.start)
            }
            let close = scored.first {
                $0.agrees && ($0.nearAny || $0.score >= 2) && Double($0.score) >= 0.7 * Double(best.score)
            }
            if let agree = sameSentence ?? close, let rival = otherEvent(ex, d, agree, among: scored) {
                out.append(otherEventFinding(doc, d, agree, rival))
                continue
            }
            if let agree = sameSentence ?? close {
                result.support(d.start..<d.end, sources.sources[agree.c.src], agree.c.d.start..<agree.c.d.end)
                // sources.conflict: another source dates the same event otherwise
                // (the two passages must say the same of the date: a word beside both, as for figures, and not only
                // a preposition: "Salt spread since Saturday" and "crews have been out since three a.m. Sunday")
                if let other = scored.first(where: {
                    !$0.agrees && $0.c.src != agree.c.src && $0.near
                        && $0.score >= max(4, Int(Double(agree.score) * 0.8))
                        && $0.c.ctx.sharesNearWord(with: agree.c.ctx, besides: topic.union(Lexicon.prepositions))
                        && !DateRules.aWeekApart(agree.c.d, $0.c.d)
                        // (the two date one event: "through December 31, 2031" against "announced Thursday" do not)
                        && !DateEvent.differ(event(agree.c), event($0.c))
                }) {
                    let a = sources.sources[agree.c.src], b = sources.sources[other.c.src]
                    out.append(
                        Finding(
                            rule: .sourcesConflict, in: doc, start: d.start, end: d.end,
                            excerpt: sentenceFragment(doc, d),
                            message:
                                "sources disagree on the date: \(a.document.path) gives \(agree.c.d.day!.iso), "
                                + "\(b.document.path) gives \(other.c.d.day!.iso)",
                            evidence: [
                                EvidenceRef(
                                    a.document, agree.c.d.start, agree.c.d.end,
                                    excerpt: sentence(a.document, around: agree.c.d.start..<agree.c.d.end)),
                                EvidenceRef(
                                    b.document, other.c.d.start, other.c.d.end,
                                    excerpt: sentence(b.document, around: other.c.d.start..<other.c.d.end)),
                            ]
                        )
                        .with(features: features(d, other.c.d, other.score, ctx, other.c.ctx, topic)))
                }
                continue
            }
            let va = DateEvent.verb(ex, d.start, d.end)
            // a date of another event ("filed Monday" against "announced today") says nothing of this one; a date of
            // the same event does, though its verb stands further off than the words compared ("Yesterday,
            // detectives from the Major Crimes Unit arrested …")
            let sameWords = !best.agrees && best.near && best.score >= 4 && !DateEvent.differ(va, event(best.c))
            // a day or three off, of the same noun right before both ("the annual count on Sunday, Dec. 21" against
            // "the count was held on Saturday, December 20"), where no source date of that noun agrees
            let noun = DateEvent.noun(ex, d.start)
            let ofNoun =
                noun == nil
                ? [] : scored.filter { DateEvent.noun(sources.sources[$0.c.src].extraction, $0.c.d.start) == noun }
            let nearMiss =
                ofNoun.contains { $0.agrees }
                ? nil
                : ofNoun.first { x in
                    x.c.d.day.map { abs($0.ordinal - day.ordinal) <= 3 } ?? false
                }
            let ofEvent =
                va == nil || va == "say"
                ? []
                : scored.filter {
                    ($0.score >= 3 || $0.score >= 2 && $0.nearAny)
                        && event($0.c).map { !DateEvent.differ(va, $0) } ?? false
                }
            let sameEvent = ofEvent.contains { $0.agrees } ? nil : ofEvent.first
            guard let best = sameWords ? best : sameEvent ?? nearMiss ?? labelled(ex, d, ctx, among: scored),
                !best.agrees, !DateRules.aWeekApart(d, best.c.d),
                !DateRules.farFromRelative(d, best.c.d)
            else {
                continue
            }
            let s = sources.sources[best.c.src]
            let how =
                best.c.d.relative ? " (“\(best.c.d.text)” in a text dated \(s.document.frontMatter.date ?? "?"))" : ""
            out.append(
                Finding(
                    rule: .dateMismatch, in: doc, start: d.start, end: d.end,
                    excerpt: sentenceFragment(doc, d),
                    message: "the article dates this \(day.iso); \(s.document.path) gives \(best.c.d.day!.iso)\(how)",
                    evidence: [
                        EvidenceRef(
                            s.document, best.c.d.start, best.c.d.end,
                            excerpt: sentence(s.document, around: best.c.d.start..<best.c.d.end))
                    ]
                )
                .with(features: features(d, best.c.d, best.score, ctx, best.c.ctx, topic)))
        }
    }

    /// The days a date may name, as day ordinals: its own, and for a weekday alone read a week on because it falls on
    /// the weekday of its text's date, that date too ("meets Friday" in Friday's paper may be that evening's meeting
    /// as well as the next week's).
    static func readings(_ d: DateMention, dated ref: CalendarDay?) -> [Int] {
        guard let day = d.day else { return [] }
        guard d.rule == "date.weekday", let ref, day.ordinal == ref.ordinal + 7 else { return [day.ordinal] }
        return [day.ordinal, ref.ordinal]
    }

    /// "Today" right after a figure's "per" or "a" unit is "nowadays", no day: "batteries cost roughly $140 per
    /// kilowatt-hour today", "eggs are $4.18 a dozen today" (not "stocks fell 2 percent today").
    static func nowadays(_ ex: Extraction, _ d: DateMention) -> Bool {
        guard d.relative, d.text.lowercased() == "today" else { return false }
        let toks = ex.tokens, at = ex.firstToken(endingAfter: d.start)
        guard at > 0 else { return false }
        return ex.quantities.contains { q in
            guard q.end <= d.start, d.start - q.end < 40 else { return false }
            let between = toks[ex.firstToken(endingAfter: q.end)..<at]
            guard between.count <= 4, between.allSatisfy({ $0.kind == .word || $0.norm == "-" }) else { return false }
            return between.first.map { ["per", "a", "an", "each"].contains($0.norm) } ?? false
        }
    }

    /// Two dates a week apart where one is a weekday alone: which week a lone weekday means is read from its
    /// sentence's tense ("IN EFFECT FROM 11 AM TUESDAY" has none), so the two may name one day.
    static func aWeekApart(_ a: DateMention, _ b: DateMention) -> Bool {
        guard a.rule == "date.weekday" || b.rule == "date.weekday", let x = a.day, let y = b.day else { return false }
        return abs(x.ordinal - y.ordinal) == 7
    }

    /// A date the article reads from its own ("on Tuesday", "yesterday") names a day of the days around it: a source
    /// date a month or more away ("from January 1, 2021") is of another event, not a slip in the day.
    static func farFromRelative(_ a: DateMention, _ b: DateMention) -> Bool {
        guard a.relative, let x = a.day, let y = b.day else { return false }
        return abs(x.ordinal - y.ordinal) > 31
    }

    /// What the confidence model reads of an article's date and the source date its finding rests on.
    func features(
        _ d: DateMention, _ c: DateMention, _ score: Int, _ mine: Context, _ theirs: Context,
        _ topic: Set<String>
    ) -> [String: Double] {
        let gap = abs((d.day?.ordinal ?? 0) - (c.day?.ordinal ?? 0))
        let shared = mine.near.intersection(theirs.near).subtracting(topic).count
        return [
            "bias": 1, "score": Double(score) / 10, "relativeSource": c.relative ? 1 : 0,
            "relativeArticle": d.relative ? 1 : 0, "gap": log1p(Double(gap)) / 5, "sharedNear": Double(shared) / 5,
        ]
    }

    /// The date with the verb before it ("certified the results on November 14"), so the excerpt names the event.
    func sentenceFragment(_ doc: Document, _ d: DateMention) -> String {
        let toks = Tokenizer.tokenize(doc.analysis, from: max(doc.bodyStart, d.start - 80), to: d.start)
        var startTok = toks.count
        var words = 0
        while startTok > 0, words < 4 {
            let t = toks[startTok - 1]
            if t.kind == .punct { break }
            words += 1; startTok -= 1
        }
        let s = startTok < toks.count ? toks[startTok].start : d.start
        return doc.slice(s, d.end)
    }
}
