/// The indexes `MentionIndex` answers from, so resolving a speaker costs the same at the end of a long text as at its
/// start (each look-up once read back through every name or speaker met so far).
/// Names are recorded in text order (their starts never decrease); speakers nearly so, and `reach` keeps the
/// furthest start recorded so far, which bounds a look-back by position.
struct MentionLookup {
    /// Every name of a last name, and the full names (no alias) of a last name by what they say of their bearer's sex.
    private var byLast: [String: [Int]] = [:]
    private var fullByGender: [[String: [Int]]] = [[:], [:], [:]]
    /// For "he" (clash `.female`) and "she" (clash `.male`): names that fit or are a last name alone, as a subject
    /// or anywhere.
    private var pronounFits: [[Int]] = [[], [], [], []]
    /// Whether each speaker names a person and what it says of their sex (read when first asked), and the furthest
    /// start among the first `k` speakers.
    private var person: [(named: Bool, gender: MentionIndex.Gender)?] = []
    private(set) var reach: [Int] = []
    /// For a role ("the minister") of a given length: the speakers longer than it that mention it, and how many
    /// speakers were read for it.
    private var roleHits: [RoleKey: (read: Int, hits: [Int])] = [:]
    struct RoleKey: Hashable { let role: String; let length: Int }

    static func slot(_ g: MentionIndex.Gender) -> Int { g == .male ? 0 : g == .female ? 1 : 2 }

    mutating func addName(_ k: Int, _ n: MentionIndex.Name, gender: MentionIndex.Gender, object: Bool) {
        byLast[n.last, default: []].append(k)
        if n.alias == nil { fullByGender[MentionLookup.slot(gender)][n.last, default: []].append(k) }
        for (c, clash) in [MentionIndex.Gender.male, .female].enumerated() where gender != clash || n.alias != nil {
            pronounFits[c * 2].append(k)
            if !object { pronounFits[c * 2 + 1].append(k) }
        }
    }

    mutating func addSpeaker(_ text: String, at start: Int) {
        person.append(nil)
        reach.append(max(reach.last ?? start, start))
    }

    /// Whether speaker `k`, whose text is `text`, names a person, and what it says of their sex.
    mutating func person(_ k: Int, _ text: String) -> (named: Bool, gender: MentionIndex.Gender) {
        if let p = person[k] { return p }
        let p = (MentionIndex.isNamedPerson(text), MentionIndex.gender(text))
        person[k] = p
        return p
    }

    /// The last of `list` (indices into `names`, in order) whose name starts before `offset`.
    static func last(_ list: [Int]?, before offset: Int, _ names: [MentionIndex.Name]) -> Int? {
        guard let list else { return nil }
        var lo = 0, hi = list.count
        while lo < hi { let mid = (lo + hi) / 2; if names[list[mid]].start < offset { lo = mid + 1 } else { hi = mid } }
        return lo > 0 ? list[lo - 1] : nil
    }

    /// The latest name of a last name starting before `offset`.
    func lastName(_ last: String, before offset: Int, _ names: [MentionIndex.Name]) -> Int? {
        MentionLookup.last(byLast[last], before: offset, names)
    }

    /// The latest full name of a last name whose bearer's sex is `gender` (any start).
    func lastFull(_ last: String, gender: MentionIndex.Gender) -> Int? {
        fullByGender[MentionLookup.slot(gender)][last]?.last
    }

    /// The latest full name of a last name starting before `offset` whose sex is not `clash`.
    func lastFull(
        _ last: String, notGender clash: MentionIndex.Gender, before offset: Int,
        _ names: [MentionIndex.Name]
    ) -> Int? {
        let found = [MentionIndex.Gender.male, .female, .unknown].filter { $0 != clash }
            .compactMap { MentionLookup.last(fullByGender[MentionLookup.slot($0)][last], before: offset, names) }
        return found.max()
    }

    /// The latest name before `offset` a pronoun of `clash` may stand for (one that fits, or a last name alone),
    /// among subjects only or all names.
    func pronounCandidate(
        clash: MentionIndex.Gender, subjectsOnly: Bool, before offset: Int,
        _ names: [MentionIndex.Name]
    ) -> Int? {
        MentionLookup.last(pronounFits[(clash == .male ? 0 : 2) + (subjectsOnly ? 1 : 0)], before: offset, names)
    }

    /// The latest speaker before `offset`, longer than `length`, whose text mentions `role`.
    mutating func speaker(
        mentioning role: String, longerThan length: Int, before offset: Int,
        _ speakers: [(text: String, start: Int)]
    ) -> Int? {
        let key = RoleKey(role: role, length: length)
        if roleHits[key] == nil { roleHits[key] = (0, []) }
        var read = roleHits[key]!.read
        while read < speakers.count {  // (appended in place: the list is never copied)
            let s = speakers[read].text
            if s.count > length, s.lowercased().contains(role) { roleHits[key]!.hits.append(read) }
            read += 1
        }
        roleHits[key]!.read = read
        // (speakers are nearly in text order: the few after `offset` are those of the quotes just before)
        return roleHits[key]!.hits.last(where: { speakers[$0].start < offset })
    }
}
