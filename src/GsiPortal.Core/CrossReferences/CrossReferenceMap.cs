using GsiPortal.Core.Content;
using GsiPortal.Core.Reading;

namespace GsiPortal.Core.CrossReferences;

/// <summary>
/// Who says what about each part of the paper, computed from the texts alone: shared wording (both ways) and
/// discussion links by similarity. Built once per content version; a commentary added to the content folder is
/// woven in with no other change.
/// </summary>
public sealed class CrossReferenceMap
{
    /// <summary>Similarity at or above which a discussion is strong.</summary>
    public const double StrongDiscussion = 0.30;
    /// <summary>Similarity below which a paragraph is not listed as discussing an item at all.</summary>
    public const double MinDiscussion = 0.18;

    private readonly ILookup<string, SharedPassage> sharedByUnit;
    private readonly ILookup<Paragraph, SharedPassage> sharedByParagraph;
    private readonly ILookup<string, Discussion> discussionsByUnit;
    private readonly ILookup<Paragraph, Discussion> discussionsByParagraph;

    public CrossReferenceMap(ContentLibrary library) : this(library, null)
    {
    }

    /// <summary>
    /// The map of a library from what its build found and a start kept (<see cref="Derived.CrossReferenceFiles"/>): the
    /// shared wording, the discussions as the editors judged them and the passages' glossary mentions; null finds them.
    /// Everything else is made from those, as when they are found.
    /// </summary>
    internal CrossReferenceMap(ContentLibrary library, CrossReferenceFindings? kept)
    {
        Library = library;
        if (kept is null)
        {
            var stock = new StockFormulae(library);
            this.stock = stock;
            Shared = SharedWordingFinder.Find(library, stock);
            Discussions = EditorsJudgements.Apply(library, FindDiscussions(library, Shared), Shared);
            PassageMentions = PassageCoverage.Mentions(library);
        }
        else
        {
            Shared = kept.Shared;
            Discussions = kept.Discussions;
            PassageMentions = kept.PassageMentions;
        }
        sharedByUnit = Shared.ToLookup(s => s.Paper.Key);
        sharedByParagraph = Shared.ToLookup(s => s.Commentary);
        discussionsByUnit = Discussions.ToLookup(d => d.Paper.Key);
        discussionsByParagraph = Discussions.ToLookup(d => d.Commentary);
        Links = BuildLinks(library);
        linksByItem = Links.ToLookup(l => l.Item!);
        // A library may hold no commentary at all: rows are keyed by item, never by their first cell.
        Coverage = library.Paper.Items.Select(item => new CoverageRow(library.Reading.Of(item), library.Commentaries.Select(c => BuildCoverage(item, c)).ToList())).ToList();
        coverageByItem = Coverage.ToDictionary(row => row.Item);
        var passages = PassageCoverage.Build(library, sharedByUnit, PassageMentions);
        AllCoverage = [.. library.Reading.Stops.Select(stop => stop.Item is { } item ? coverageByItem[item] : passages[stop])];
        comparisons = library.Paper.Items.ToDictionary(item => item, Compare);
        passageRows = AllCoverage.Where(row => row.Stop.Item is null).ToDictionary(row => row.Stop);
    }

    private readonly Dictionary<ReadingStop, CoverageRow> passageRows;

    /// <summary>
    /// The paper's passages outside the items (Part I, introductions, closing passages) as an item's are compared: each
    /// commentary paragraph sharing wording with the passage, oldest commentary first, its passages aligned; an item's
    /// are <see cref="ComparisonsOf(PaperItem)"/>.
    /// </summary>
    public IReadOnlyList<Comparison> ComparisonsOf(ReadingStop stop) => stop.Item is { } item ? ComparisonsOf(item)
        : [.. passageRows[stop].Cells.SelectMany(c => c.Passages).Where(l => l.Shared.Count > 0)
            .Select(l => new Comparison(l.Source, l.Commentary, l.SharedWords, AlignedPassage.Merge(l.Shared)))
            .OrderBy(c => c.Commentary.Date.Earliest).ThenBy(c => c.Paragraph.Ordinal)];

    /// <summary>The paragraphs that take up a stop without sharing its wording (for a passage outside the items: those naming a glossary term of its own), strongest first.</summary>
    public IReadOnlyList<Discussion> DiscussionsOf(ReadingStop stop) => stop.Item is { } item ? DiscussionsOf(item)
        : [.. passageRows[stop].Cells.SelectMany(c => c.Passages).Where(l => l.Shared.Count == 0 && l.Discussion is not null).Select(l => l.Discussion!)];

    /// <summary>The passages outside the items a commentary paragraph takes up (Part I, introductions, closing passages), in the paper's order, each with its link.</summary>
    public IReadOnlyList<PassageLink> PassagesTakenUpBy(Paragraph commentaryParagraph) =>
        [.. AllCoverage.Where(row => row.Stop.Item is null).SelectMany(row => row.Cells).SelectMany(c => c.Passages).Where(l => l.Commentary == commentaryParagraph)];

    private readonly Dictionary<PaperItem, IReadOnlyList<Comparison>> comparisons;

    /// <summary>For each commentary that shares wording with the item, its paragraph sharing the most, set against the item word by word.</summary>
    public IReadOnlyList<Comparison> ComparisonsOf(PaperItem item) => comparisons[item];

    /// <summary>Every commentary paragraph sharing wording with the item, oldest commentary first, each passage aligned with the paper's.</summary>
    private IReadOnlyList<Comparison> Compare(PaperItem item) =>
        SharedWith(item)
            .GroupBy(s => s.Commentary)
            .Select(g => new Comparison(g.First().Source, g.Key, SharedWordCount.Of(g),
                AlignedPassage.Merge(g)))
            .OrderBy(c => c.Commentary.Date.Earliest).ThenBy(c => c.Paragraph.Ordinal)
            .ToList();

    private readonly Dictionary<PaperItem, CoverageRow> coverageByItem;
    private readonly ILookup<PaperItem, PassageLink> linksByItem;

    /// <summary>Every (commentary paragraph, item) pair linked by shared wording or discussion, with the strength judged for that paragraph.</summary>
    public IReadOnlyList<PassageLink> Links { get; }

    /// <summary>The paragraphs that take up an item, strongest first (then the most shared words, then the closest): what the item panel lists and the coverage cell picks from.</summary>
    public IReadOnlyList<PassageLink> LinksOf(PaperItem item) => linksByItem[item].ToList();

    /// <summary>One link per paragraph and item: its passages' distinct shared words and its discussion give the strength, an editors' judgement overrides it.</summary>
    private IReadOnlyList<PassageLink> BuildLinks(ContentLibrary library)
    {
        var links = new List<PassageLink>();
        foreach (var item in library.Paper.Items)
        {
            var shared = sharedByUnit[item.Anchor].ToLookup(s => s.Commentary);
            var discussed = discussionsByUnit[item.Anchor].ToDictionary(d => d.Commentary);
            var paragraphs = shared.Select(g => g.Key).Concat(discussed.Keys).Distinct();
            links.AddRange(paragraphs.Select(paragraph =>
            {
                var passages = shared[paragraph].OrderBy(s => s.CommentaryStart).ToList();
                var words = SharedWordCount.Of(passages);
                var discussion = discussed.GetValueOrDefault(paragraph);
                var strength = discussion?.EditorsNote is not null ? EditorsJudgements.Strength(discussion.Strength) : PassageLink.Computed(words, discussion);
                return new PassageLink(paragraph, library.Reading.Of(item), strength, words, passages, discussion);
            }).OrderByDescending(l => l.Strength).ThenByDescending(l => l.SharedWords).ThenByDescending(l => l.Similarity)
              .ThenBy(l => l.Source.Date.Earliest).ThenBy(l => l.Commentary.Ordinal));
        }
        return links;
    }

    /// <summary>The coverage matrix: one row per numbered item, one cell per commentary (oldest first).</summary>
    public IReadOnlyList<CoverageRow> Coverage { get; }

    /// <summary>
    /// The coverage matrix over the whole paper in its order: the items' rows, and a row each for Part I, every
    /// part's introduction and closing passage (<see cref="PassageCoverage"/>: shared wording and the glossary's terms of their own).
    /// </summary>
    public IReadOnlyList<CoverageRow> AllCoverage { get; }

    public ContentLibrary Library { get; }

    /// <summary>Whether the map's findings were read from where a start kept them (<see cref="Derived.CrossReferenceFiles"/>), not found by this process.</summary>
    public bool FindingsKept { get; init; }
    /// <summary>The phrases too common across the texts to count as shared wording (found when first asked, where the map was read from kept findings).</summary>
    public StockFormulae Stock => LazyInitializer.EnsureInitialized(ref stock, () => new StockFormulae(Library));

    private StockFormulae? stock;

    /// <summary>The commentary paragraphs naming a glossary term of a passage outside the items.</summary>
    internal IReadOnlyList<PassageMention> PassageMentions { get; }
    public IReadOnlyList<SharedPassage> Shared { get; }
    public IReadOnlyList<Discussion> Discussions { get; }

    /// <summary>Shared wording of a numbered item, commentary by commentary, paragraph by paragraph.</summary>
    public IReadOnlyList<SharedPassage> SharedWith(PaperItem item) => sharedByUnit[item.Anchor].OrderBy(s => s.Source.Date.Earliest).ThenBy(s => s.Commentary.Ordinal).ToList();

    /// <summary>The passages of a commentary paragraph shared with the paper.</summary>
    public IReadOnlyList<SharedPassage> SharedBy(Paragraph commentaryParagraph) => sharedByParagraph[commentaryParagraph].OrderBy(s => s.CommentaryStart).ToList();

    public IReadOnlyList<Discussion> DiscussionsOf(PaperItem item) => discussionsByUnit[item.Anchor].ToList();

    /// <summary>The items a commentary paragraph discusses without sharing their wording, in the paper's order.</summary>
    public IReadOnlyList<Discussion> DiscussionsBy(Paragraph commentaryParagraph) =>
        discussionsByParagraph[commentaryParagraph].OrderBy(d => d.Paper.Item!.Part.Number).ThenBy(d => d.Paper.Item!.Number).ToList();

    /// <summary>The items a commentary paragraph takes up, by shared wording or by discussion, in the paper's order.</summary>
    public IReadOnlyList<PaperItem> ItemsTakenUpBy(Paragraph commentaryParagraph) =>
        sharedByParagraph[commentaryParagraph].Select(s => s.Paper.Item).Concat(discussionsByParagraph[commentaryParagraph].Select(d => d.Paper.Item))
            .OfType<PaperItem>().Distinct().OrderBy(i => i.Part.Number).ThenBy(i => i.Number).ToList();

    /// <summary>Similarity of a commentary sentence to a sentence of an item at or above which the paragraph mentions the item.</summary>
    public const double MinMention = 0.28;

    /// <summary>
    /// Similarity of one commentary sentence to one sentence of an item at or above which the sentence states the
    /// item's point and the paragraph discusses it, however little else of it is about the item (Khokhar ¶11 on
    /// China's proposal for Ukraine, priority 5; Lei ¶5's "indivisible security community", commitment 4).
    /// </summary>
    public const double SentenceStatesItem = 0.35;

    /// <summary>
    /// Discussion links for numbered items, by TF-IDF cosine similarity, of whole paragraphs to whole items (a
    /// discussion) and of single sentences to single sentences (a mention: a paragraph on many things takes up this
    /// one in a sentence), by the proper names that belong to one item alone ("the Russia-Ukraine conflict" to
    /// priority 5), and by the key terms of the editors' glossary (<see cref="GlossarySignals"/>: "nuclear war" to
    /// priority 3). A paragraph that shares wording with an item is listed under shared wording, not here; a
    /// paragraph pinned by shared wording to an item of a part is not linked by paragraph similarity to the other
    /// items of that part, since its subject there is known; and a paragraph that restates an item (shares
    /// <see cref="CoverageCell.MuchSharedWords"/> words or more with it) is linked by similarity to nothing else,
    /// since the item's own words are what make it resemble the item's neighbours.
    /// </summary>
    private static IReadOnlyList<Discussion> FindDiscussions(ContentLibrary library, IReadOnlyList<SharedPassage> shared)
    {
        var items = library.Paper.Items.ToList();
        var commentaryParagraphs = library.Commentaries.SelectMany(c => c.Paragraphs).ToList();
        var similarity = new Similarity(items.Select(ItemText).Concat(commentaryParagraphs.Select(p => p.Text)));
        var names = new ItemNames(library.Paper);
        var itemVectors = items.ToDictionary(i => i, i => similarity.Vector(ItemText(i)));
        var itemSentences = items.ToDictionary(i => i, i => i.Paragraphs.SelectMany(p => p.Sentences).ToList());
        var itemSentenceVectors = items.ToDictionary(i => i, i => itemSentences[i].Select(s => similarity.Vector(s.Text)).ToList());
        var linkWords = new LinkWords(items);
        var paragraphVectors = commentaryParagraphs.ToDictionary(p => p, p => similarity.Vector(p.Text));
        var sentenceVectors = commentaryParagraphs.ToDictionary(p => p, p => p.Sentences.Select(s => similarity.Vector(s.Text)).ToList());
        var pinned = shared.Where(s => s.Paper.Item is not null).ToLookup(s => s.Commentary, s => s.Paper.Item!);
        var restating = shared.Where(s => s.Paper.Item is not null).GroupBy(s => (s.Commentary, s.Paper.Item))
            .Where(g => SharedWordCount.Of(g) >= CoverageCell.MuchSharedWords).Select(g => g.Key.Commentary).ToHashSet();
        var glossary = new GlossarySignals(library);
        var terms = commentaryParagraphs.ToDictionary(p => p, p => glossary.In(p.Text).GroupBy(t => t.Item).ToDictionary(g => g.Key, g => g.First().Term));
        var named = commentaryParagraphs.ToDictionary(p => p, p => names.In(p.Text).Select(n => (n.Item, (string?)n.Name)).Concat(glossary.In(p.Text))
            .GroupBy(n => n.Item).ToDictionary(g => g.Key, g => g.First().Item2));
        // The items a sentence of the paragraph is about by name alone (not in a list, no other item named with it).
        var subjects = commentaryParagraphs.ToDictionary(p => p, p => p.Sentences
            .SelectMany(s => names.SubjectsOf(s.Text, glossary.In(s.Text).Select(t => t.Item))).ToHashSet());
        // Each item is judged on its own, against every paragraph; the items are shared between this thread and one
        // of its own, interleaved so that each half holds items of every part. At start-up the edition's build ended
        // with this map's thread alone, the other core idle (docs/performance.md, twelfth session). The items' lists
        // are joined in the paper's order, as one loop made them.
        var judged = new List<Discussion>[items.Count];
        var odd = Task.Factory.StartNew(() => { for (var i = 1; i < items.Count; i += 2) judged[i] = Judge(items[i]); }, TaskCreationOptions.LongRunning);
        for (var i = 0; i < items.Count; i += 2) judged[i] = Judge(items[i]);
        odd.GetAwaiter().GetResult();
        return [.. judged.SelectMany(candidates => candidates)];

        List<Discussion> Judge(PaperItem item)
        {
            var candidates = new List<Discussion>();
            foreach (var paragraph in commentaryParagraphs)
            {
                var pins = pinned[paragraph].ToList();
                if (pins.Contains(item)) continue;
                if (restating.Contains(paragraph))
                {
                    // The item's own words make a restatement resemble the item's neighbours, so similarity and names
                    // are not read in it; a term the editors chose for an item of another part is no resemblance but
                    // that item's subject named ("terrorism, climate change, cybersecurity and biosecurity", restating
                    // commitment 6 in Chen ¶11 and Lei ¶4, names priorities 14 and 20): a mention, as anywhere else.
                    // Within the restated item's part its subject is known (Chen ¶9's "common security" is
                    // commitment 4's words, not a mention of commitment 1).
                    if (pins.All(p => p.Part != item.Part) && terms[paragraph].TryGetValue(item, out var term) && term is not null)
                        candidates.Add(new Discussion(paragraph, new PaperUnit(item.Paragraphs[0]), 0, DiscussionStrength.Mention, term) { Restating = pins.First() });
                    continue;
                }
                var cosine = pins.Any(p => p.Part == item.Part) ? 0 : Similarity.Cosine(itemVectors[item], paragraphVectors[paragraph]);
                var pairs = sentenceVectors[paragraph].SelectMany((v, i) => itemSentenceVectors[item].Select((w, j) => (Commentary: i, Item: j, Cosine: Similarity.Cosine(v, w)))).ToList();
                var mention = pairs.Select(p => p.Cosine).DefaultIfEmpty(0).Max();
                // A sentence resembling one of the item's links them only by words of this item alone that both use
                // ("outer space"): the closest such pair is the link's evidence, and its cosine the sentence's measure.
                var (sentence, sentenceWords) = pairs.Where(p => p.Cosine >= MinMention).OrderByDescending(p => p.Cosine)
                    .Select(p => (p.Cosine, Words: linkWords.OfSentence(paragraph.Sentences[p.Commentary].Text, itemSentences[item][p.Item].Text, item)))
                    .FirstOrDefault(p => p.Words.Count > 0);
                var name = named[paragraph].GetValueOrDefault(item);
                IReadOnlyList<string> words = name is not null ? [name] : sentenceWords ?? [];
                var unit = new PaperUnit(item.Paragraphs[0]);
                if (cosine >= MinDiscussion)
                    candidates.Add(new Discussion(paragraph, unit, cosine, cosine >= StrongDiscussion ? DiscussionStrength.Strong : DiscussionStrength.Moderate)
                        { Words = LinkWords.OfParagraph(paragraph.Text, paragraphVectors[paragraph], itemVectors[item]) });
                else if (sentence >= SentenceStatesItem || subjects[paragraph].Contains(item))
                    candidates.Add(new Discussion(paragraph, unit, Math.Max(cosine, mention), DiscussionStrength.Moderate, name ?? words.FirstOrDefault(), OneSentence: mention >= cosine) { Words = words });
                else if (sentence >= MinMention || named[paragraph].ContainsKey(item))
                    candidates.Add(new Discussion(paragraph, unit, Math.Max(cosine, mention), DiscussionStrength.Mention, name ?? words.FirstOrDefault(), OneSentence: mention >= cosine) { Words = words });
            }
            return [.. candidates.OrderByDescending(c => c.Strength).ThenByDescending(c => c.Similarity)];
        }
    }

    private static string ItemText(PaperItem item) => string.Join(' ', item.Paragraphs.Select(p => p.Text));

    /// <summary>How strongly a commentary takes up an item: its shared words (distinct) and its strongest discussion.</summary>
    public CoverageCell CoverageOf(PaperItem item, Commentary commentary) => coverageByItem[item].Cells.First(c => c.Commentary == commentary);

    /// <summary>The coverage row of one item, a cell per commentary.</summary>
    public CoverageRow CoverageOf(PaperItem item) => coverageByItem[item];

    private CoverageCell BuildCoverage(PaperItem item, Commentary commentary)
    {
        var shared = SharedWith(item).Where(s => s.Source == commentary).ToList();
        var discussions = DiscussionsOf(item).Where(d => d.Source == commentary).ToList();
        return new CoverageCell(Library.Reading.Of(item), commentary, shared, discussions, linksByItem[item].Where(l => l.Source == commentary).ToList(), commentary.PredatesPaper(Library.Paper));
    }
}

/// <summary>What a cross-reference map's build finds, from which everything else in it is made.</summary>
internal sealed record CrossReferenceFindings(IReadOnlyList<SharedPassage> Shared, IReadOnlyList<Discussion> Discussions, IReadOnlyList<PassageMention> PassageMentions);
