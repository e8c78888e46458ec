using GsiPortal.Core.Content;

namespace GsiPortal.Core.Reading;

/// <summary>
/// The paper in the order a reader steps through it with previous and next, every passage once: Part I whole (it has
/// no items), then for each part its introduction, its items and its closing passage, where it has them. Built once
/// per library, so that item pages, introductions and closing passages never end a reader's way at a part's edge.
/// </summary>
public sealed class ReadingOrder
{
    private readonly Dictionary<(string Part, StopKind Kind, int Number), int> index = [];

    public ReadingOrder(Paper paper)
    {
        var stops = new List<ReadingStop>();
        foreach (var part in paper.Parts)
        {
            if (part.Items.Count == 0)
            {
                stops.Add(new ReadingStop(StopKind.Part, part, null, [.. part.Paragraphs]));
                continue;
            }
            if (part.Introduction.Count > 0) stops.Add(new ReadingStop(StopKind.Introduction, part, null, part.Introduction));
            stops.AddRange(part.Items.Select(item => new ReadingStop(StopKind.Item, part, item, item.Paragraphs)));
            if (part.Closing.Count > 0) stops.Add(new ReadingStop(StopKind.Closing, part, null, part.Closing));
        }
        Stops = stops;
        for (var i = 0; i < stops.Count; i++) index[Key(stops[i])] = i;
    }

    /// <summary>Every stop, in the paper's order.</summary>
    public IReadOnlyList<ReadingStop> Stops { get; }

    /// <summary>The stop showing an item.</summary>
    public ReadingStop Of(PaperItem item) => Stops[index[(item.Part.Slug, StopKind.Item, item.Number)]];

    /// <summary>The stop of a part's introduction or closing passage, or of a part without items; null where it has none.</summary>
    public ReadingStop? Of(PaperPart part, StopKind kind) =>
        index.TryGetValue((part.Slug, kind, 0), out var at) ? Stops[at] : null;

    /// <summary>The stops before and after one, null at the paper's ends.</summary>
    public (ReadingStop? Previous, ReadingStop? Next) Around(ReadingStop stop)
    {
        var at = index[Key(stop)];
        return (at > 0 ? Stops[at - 1] : null, at < Stops.Count - 1 ? Stops[at + 1] : null);
    }

    private static (string, StopKind, int) Key(ReadingStop stop) => (stop.Part.Slug, stop.Kind, stop.Item?.Number ?? 0);
}
