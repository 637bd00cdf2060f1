using Tianzhong.Modules.Chains.Domain;
using Xunit;

namespace Tianzhong.UnitTests.Chains;

public sealed class LinkTreeTests
{
    private static readonly Guid Chain = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();
    private static readonly Guid C = Guid.NewGuid();
    private static readonly Guid D = Guid.NewGuid();
    private static readonly Guid X = Guid.NewGuid();

    // A → B → C, A → D in the chain; X in another chain.
    private static readonly (Guid, Guid, Guid?)[] Links = [(A, Chain, null), (B, Chain, A), (C, Chain, B), (D, Chain, A), (X, Other, null)];

    [Fact]
    public void A_link_under_itself_is_refused() => Assert.Equal(LinkParentProblem.Itself, LinkTree.CheckParent(B, Chain, B, Links));

    [Fact]
    public void A_link_under_its_child_or_grandchild_is_a_cycle()
    {
        Assert.Equal(LinkParentProblem.Cycle, LinkTree.CheckParent(A, Chain, B, Links));
        Assert.Equal(LinkParentProblem.Cycle, LinkTree.CheckParent(A, Chain, C, Links));
        Assert.Equal(LinkParentProblem.Cycle, LinkTree.CheckParent(B, Chain, C, Links));
    }

    [Fact]
    public void A_link_of_another_chain_or_an_unknown_link_cannot_be_a_parent()
    {
        Assert.Equal(LinkParentProblem.AnotherChain, LinkTree.CheckParent(B, Chain, X, Links));
        Assert.Equal(LinkParentProblem.UnknownParent, LinkTree.CheckParent(B, Chain, Guid.NewGuid(), Links));
    }

    [Fact]
    public void Moves_that_keep_a_tree_are_accepted()
    {
        Assert.Equal(LinkParentProblem.None, LinkTree.CheckParent(C, Chain, D, Links)); // to a sibling branch
        Assert.Equal(LinkParentProblem.None, LinkTree.CheckParent(D, Chain, C, Links)); // under a cousin
        Assert.Equal(LinkParentProblem.None, LinkTree.CheckParent(C, Chain, null, Links)); // to the top
        Assert.Equal(LinkParentProblem.None, LinkTree.CheckParent(null, Chain, C, Links)); // a new link
    }
}
