using System.Globalization;
using System.Net;
using System.Text;
using GsiPortal.Core.CrossReferences;

namespace GsiPortal.Web.Rendering;

/// <summary>
/// Server-rendered SVG charts. Colours come from CSS classes, so they follow the light or dark scheme; every mark
/// also carries a letter or a number, so nothing rests on colour; each chart names the table that is its text
/// alternative.
/// </summary>
public static class Svg
{
    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The coverage heat map: items down, commentaries across, one lettered cell each.</summary>
    public static string CoverageHeatMap(IReadOnlyList<CoverageRow> rows, IReadOnlyList<string> columns, string tableId)
    {
        // Cells wide enough for their word ("discusses", 10.5 px), and no wider, so that the map still reads at 390 px.
        // The label column as wide as its longest label needs ("III, introduction"), at least 96 px.
        const int cell = 58, height = 20;
        var label = Math.Max(96, (int)(rows.Select(r => Label(r.Stop).Length).DefaultIfEmpty(0).Max() * 6.2) + 8);
        // Column heads are the authors' names in full, set at an angle: the head is as tall as the longest needs.
        var head = 20 + (int)(columns.Select(c => c.Length).DefaultIfEmpty(8).Max() * 6.2 * 0.77);
        var width = label + cell * columns.Count + (int)(columns.Select(c => c.Length).DefaultIfEmpty(8).Max() * 6.2 * 0.65);
        var total = head + height * rows.Count;
        var svg = new StringBuilder();
        // A group, not an image: its cells are links, and an image may hold no controls (axe: nested-interactive).
        svg.Append($"<svg class=\"heatmap\" role=\"group\" aria-labelledby=\"heatmap-title heatmap-desc\" viewBox=\"0 0 {width} {total}\" width=\"{width}\" height=\"{total}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<title id=\"heatmap-title\">Coverage heat map</title>");
        svg.Append($"<desc id=\"heatmap-desc\">The paper's passages (Part I, each part's introduction, its numbered items and its closing passage) against the commentaries. Each cell says in a word how the commentary takes the item up: restates it (much shared wording), echoes it (some), or, for a commentary written before the paper, parallels it (much) or overlaps it (some); discusses it at length, discusses it, or mentions it; blank, not at all. Darker (in a dark colour scheme, lighter) means more. The same data is in the table with id {E(tableId)}.</desc>");
        for (var c = 0; c < columns.Count; c++)
            svg.Append($"<text class=\"axis\" transform=\"translate({label + c * cell + cell / 2 + 4},{head - 6}) rotate(-50)\">{E(columns[c])}</text>");
        for (var r = 0; r < rows.Count; r++)
        {
            var y = head + r * height;
            svg.Append($"<text class=\"axis\" x=\"{label - 6}\" y=\"{y + 14}\" text-anchor=\"end\">{E(Label(rows[r].Stop))}</text>");
            for (var c = 0; c < rows[r].Cells.Count; c++)
            {
                var x = label + c * cell;
                var cellData = rows[r].Cells[c];
                // The cell leads where its row of the table does (the cell's strongest passage); out of the tab order,
                // since the table beside it holds the same links for the keyboard and for screen readers.
                // The cell's name in full (item, commentary, paragraph and strength); on its link when it has one, which
                // a screen reader then names by it rather than by the word alone.
                var name = $"<title>{E(cellData.Stop.Label)}, {E(cellData.Commentary.Author)}: {E(cellData.Description)}{(cellData.Similarity is { } v && cellData.SharedWords == 0 ? $" ({GsiPortal.Web.Pages.Shared.DiscussionWords.Likeness(v)})" : "")}</title>";
                if (cellData.Url is { } url) svg.Append($"<a href=\"{E(url)}\" tabindex=\"-1\">{name}");
                svg.Append($"<rect class=\"lvl-{(int)cellData.Level}\" x=\"{x + 1}\" y=\"{y + 1}\" width=\"{cell - 2}\" height=\"{height - 2}\">{(cellData.Url is null ? name : "")}</rect>");
                if (cellData.Word.Length > 0)
                    svg.Append($"<text class=\"mark lvl-text-{(int)cellData.Level}\" x=\"{x + cell / 2}\" y=\"{y + 14}\" text-anchor=\"middle\" aria-hidden=\"true\">{cellData.Word}</text>");
                if (cellData.Url is not null) svg.Append("</a>");
            }
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A row's label, short enough for the map: "Commitment 4", "Part I", "III, introduction", "II, closing".</summary>
    private static string Label(GsiPortal.Core.Reading.ReadingStop stop) => stop.Kind switch
    {
        GsiPortal.Core.Reading.StopKind.Item => stop.Item!.Label,
        GsiPortal.Core.Reading.StopKind.Part => $"Part {stop.Part.Numeral}",
        GsiPortal.Core.Reading.StopKind.Introduction => $"{stop.Part.Numeral}, introduction",
        _ => $"{stop.Part.Numeral}, closing",
    };

    /// <summary>A horizontal bar chart of counts, each bar labelled with its count.</summary>
    public static string BarChart(string title, IReadOnlyList<(string Label, int Value)> bars, string tableId)
    {
        const int label = 170, barSpace = 260, height = 22;
        var max = Math.Max(1, bars.Max(b => b.Value));
        var total = height * bars.Count + 8;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"barchart\" role=\"img\" aria-labelledby=\"bar-title bar-desc\" viewBox=\"0 0 {label + barSpace + 40} {total}\" width=\"{label + barSpace + 40}\" height=\"{total}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append($"<title id=\"bar-title\">{E(title)}</title><desc id=\"bar-desc\">One bar per document; the same counts are in the table with id {E(tableId)}.</desc>");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = i * height + 4;
            var w = barSpace * bars[i].Value / (double)max;
            svg.Append($"<text class=\"axis\" x=\"{label - 6}\" y=\"{y + 14}\" text-anchor=\"end\">{E(bars[i].Label)}</text>");
            svg.Append($"<rect class=\"bar\" x=\"{label}\" y=\"{y + 2}\" width=\"{N(w)}\" height=\"{height - 6}\"></rect>");
            svg.Append($"<text class=\"value\" x=\"{N(label + w + 4)}\" y=\"{y + 14}\">{bars[i].Value}</text>");
        }
        return svg.Append("</svg>").ToString();
    }
}
