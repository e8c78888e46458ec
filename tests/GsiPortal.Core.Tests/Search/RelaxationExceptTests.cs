using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// The relaxations' set difference of clauses (<see cref="QueryRelaxations.Except"/>) answers as LINQ's Except, which
/// it replaced: the clauses in order, each once, none equal to one left out — equal records count as one clause
/// ("security security"), whether or not they are the same object.
/// </summary>
public class RelaxationExceptTests
{
    private static BuiltClause Clause(string word) =>
        new(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(SearchFields.Text, word)), word, false);

    [Fact]
    public void The_difference_of_clauses_is_LINQs_Except()
    {
        var security = Clause("security");
        List<BuiltClause> from = [security, Clause("peace"), Clause("security"), Clause("africa"), security, Clause("peace"), Clause("climate")];
        foreach (List<BuiltClause> without in new List<BuiltClause>[] { [], [Clause("peace")], [security, Clause("climate")], [Clause("nowhere")], from })
            Assert.Equal(from.Except(without).Select(c => c.Text), QueryRelaxations.Except(from, without).Select(c => c.Text));
        Assert.Equal(["security", "peace", "africa", "climate"], QueryRelaxations.Except(from, []).Select(c => c.Text));
    }
}
