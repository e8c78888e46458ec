using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GsiPortal.Core.Markdown;

/// <summary>Reads the plain text of a leaf block's inlines: the words a reader sees, without Markdown markup.</summary>
public static class InlineText
{
    public static string Of(LeafBlock block)
    {
        var text = new StringBuilder();
        if (block.Inline is not null) Append(block.Inline, text);
        return Normalise(text.ToString());
    }

    private static void Append(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case ContainerInline inner: Append(inner, text); break;
            }
        }
    }

    /// <summary>Folds runs of white space (line breaks inside a paragraph included) into single spaces.</summary>
    public static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
