using Markdig.Syntax;

namespace GsiPortal.Core.Content;

/// <summary>Names a Markdown block for a validation message ("list", "code block").</summary>
internal static class BlockName
{
    public static string Of(Block block) => block switch
    {
        ListBlock => "list",
        CodeBlock => "code block",
        QuoteBlock => "block quote",
        ThematicBreakBlock => "thematic break",
        HeadingBlock => "heading",
        _ => block.GetType().Name,
    };
}
