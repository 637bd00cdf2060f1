using System.Reflection;
using Microsoft.Extensions.Time.Testing;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Modules.Identity.Domain;
using Xunit;

namespace Tianzhong.UnitTests.Identity;

/// <summary>
/// The audit log is a hash chain: each entry's hash covers its fields and the previous entry's hash, so any change,
/// removal or re-hash is found by <see cref="AuditChainVerifier"/> at the first entry that no longer fits.
/// </summary>
public sealed class AuditChainTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero));

    [Fact]
    public void GenesisEntryStartsFromTheGenesisHash()
    {
        Assert.Equal(new string('0', 64), AuditEntry.GenesisHash);

        var first = AuditEntry.Append(null, _time.GetUtcNow().UtcDateTime, "admin", null, "10.0.0.1", new AuditRecord(AuditAction.SignInSucceeded, "User", "admin", AuditOutcome.Success));

        Assert.Equal(1, first.Sequence);
        Assert.Equal(AuditEntry.GenesisHash, first.PreviousHash);
        Assert.Matches("^[0-9a-f]{64}$", first.Hash);
        Assert.Equal(first.ComputeHash(), first.Hash);
    }

    [Fact]
    public void EachEntryLinksToThePreviousOne()
    {
        var chain = BuildChain(5);

        for (var i = 1; i < chain.Count; i++)
        {
            Assert.Equal(i + 1, chain[i].Sequence);
            Assert.Equal(chain[i - 1].Hash, chain[i].PreviousHash);
        }

        Assert.Equal(5, chain.Select(e => e.Hash).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void UntouchedChainVerifiesIntact()
    {
        var chain = BuildChain(5);

        var result = Verify(chain);

        Assert.True(result.IsIntact);
        Assert.Equal(5, result.EntriesChecked);
        Assert.Null(result.FirstBrokenSequence);
        Assert.Null(result.Reason);
    }

    [Fact]
    public void EmptyChainIsIntact()
    {
        var result = new AuditChainVerifier().Result();

        Assert.True(result.IsIntact);
        Assert.Equal(0, result.EntriesChecked);
    }

    [Theory]
    [InlineData(nameof(AuditEntry.Detail), "role=SecurityAdministrator")]
    [InlineData(nameof(AuditEntry.After), "{\"IsDisabled\":false}")]
    [InlineData(nameof(AuditEntry.UserName), "someone-else")]
    [InlineData(nameof(AuditEntry.ObjectId), "42")]
    [InlineData(nameof(AuditEntry.ClientAddress), "192.0.2.7")]
    public void ChangingAFieldOfAMiddleEntryIsDetectedAtThatEntry(string property, string value)
    {
        var chain = BuildChain(5);

        SetPrivate(chain[2], property, value);
        var result = Verify(chain);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal("content-changed", result.Reason);
        Assert.Equal(2, result.EntriesChecked);
    }

    [Fact]
    public void ChangingTheOutcomeIsDetected()
    {
        var chain = BuildChain(5);

        SetPrivate(chain[1], nameof(AuditEntry.Outcome), AuditOutcome.Success == chain[1].Outcome ? AuditOutcome.Failure : AuditOutcome.Success);
        var result = Verify(chain);

        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Equal("content-changed", result.Reason);
    }

    [Fact]
    public void ChangingTheTimeIsDetected()
    {
        var chain = BuildChain(5);

        SetPrivate(chain[3], nameof(AuditEntry.OccurredUtc), chain[3].OccurredUtc.AddSeconds(-1));

        Assert.Equal(4, Verify(chain).FirstBrokenSequence);
    }

    [Fact]
    public void RemovingAMiddleEntryIsASequenceGap()
    {
        var chain = BuildChain(5);

        chain.RemoveAt(2);
        var result = Verify(chain);

        Assert.False(result.IsIntact);
        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Equal("sequence-gap", result.Reason);
        Assert.Equal(2, result.EntriesChecked);
    }

    [Fact]
    public void RemovingTheFirstEntryIsASequenceGap()
    {
        var chain = BuildChain(3);

        chain.RemoveAt(0);
        var result = Verify(chain);

        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Equal("sequence-gap", result.Reason);
        Assert.Equal(0, result.EntriesChecked);
    }

    [Fact]
    public void RemovingTheLastEntryCannotBeSeenFromTheChainAlone()
    {
        // Truncation leaves a valid shorter chain; it shows only in the count of entries checked.
        var chain = BuildChain(5);

        chain.RemoveAt(4);
        var result = Verify(chain);

        Assert.True(result.IsIntact);
        Assert.Equal(4, result.EntriesChecked);
    }

    [Fact]
    public void ReorderedEntriesAreASequenceGap()
    {
        var chain = BuildChain(4);

        (chain[1], chain[2]) = (chain[2], chain[1]);
        var result = Verify(chain);

        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal("sequence-gap", result.Reason);
    }

    [Fact]
    public void RehashingATamperedEntryStillBreaksTheNextLink()
    {
        var chain = BuildChain(5);

        SetPrivate(chain[2], nameof(AuditEntry.Detail), "covered up");
        SetPrivate(chain[2], nameof(AuditEntry.Hash), chain[2].ComputeHash());
        var result = Verify(chain);

        Assert.False(result.IsIntact);
        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Equal("link-mismatch", result.Reason);
        Assert.Equal(3, result.EntriesChecked);
    }

    [Fact]
    public void ForgedPreviousHashOnTheFirstEntryIsALinkMismatch()
    {
        var chain = BuildChain(2);

        SetPrivate(chain[0], nameof(AuditEntry.PreviousHash), new string('f', 64));
        SetPrivate(chain[0], nameof(AuditEntry.Hash), chain[0].ComputeHash());
        var result = Verify(chain);

        Assert.Equal(1, result.FirstBrokenSequence);
        Assert.Equal("link-mismatch", result.Reason);
    }

    [Fact]
    public void VerifierStopsAtTheFirstBreak()
    {
        var chain = BuildChain(5);
        SetPrivate(chain[1], nameof(AuditEntry.Detail), "changed");
        SetPrivate(chain[3], nameof(AuditEntry.Detail), "changed too");

        var verifier = new AuditChainVerifier();
        var accepted = chain.Select(verifier.Accept).ToList();

        Assert.Equal([true, false, false, false, false], accepted);
        Assert.Equal(2, verifier.Result().FirstBrokenSequence);
        Assert.Same(verifier.Broken, verifier.Result());
    }

    [Fact]
    public void HashIsDeterministicForTheSameContent()
    {
        var at = _time.GetUtcNow().UtcDateTime;
        var record = new AuditRecord(AuditAction.Update, "Organisation", "byd", AuditOutcome.Success, "{\"CreditCode\":null}", "{\"CreditCode\":\"91440300192317458F\"}");

        var a = AuditEntry.Append(null, at, "city1", null, "10.0.0.2", record);
        var b = AuditEntry.Append(null, at, "city1", null, "10.0.0.2", record);
        var c = AuditEntry.Append(null, at, "city2", null, "10.0.0.2", record);

        Assert.Equal(a.Hash, b.Hash);
        Assert.NotEqual(a.Hash, c.Hash);
    }

    [Fact]
    public void TimeIsKeptToTheMillisecondInUtcSoTheHashSurvivesStorage()
    {
        var precise = new DateTime(2026, 3, 2, 8, 30, 0, DateTimeKind.Utc).AddTicks(1_234_567);

        var entry = AuditEntry.Append(null, precise, "admin", null, null, new AuditRecord(AuditAction.SignOut, "User", "admin", AuditOutcome.Success));

        Assert.Equal(DateTimeKind.Utc, entry.OccurredUtc.Kind);
        Assert.Equal(0, entry.OccurredUtc.Ticks % TimeSpan.TicksPerMillisecond);
        Assert.Equal(precise.AddTicks(-(precise.Ticks % TimeSpan.TicksPerMillisecond)), entry.OccurredUtc);

        // A store that keeps milliseconds but loses the kind (many providers read back Unspecified) still verifies.
        SetPrivate(entry, nameof(AuditEntry.OccurredUtc), new DateTime(entry.OccurredUtc.Ticks, DateTimeKind.Unspecified));
        Assert.Equal(entry.Hash, entry.ComputeHash());
    }

    [Fact]
    public void UserNameOverrideWinsOverTheSignedInUser()
    {
        var entry = AuditEntry.Append(null, _time.GetUtcNow().UtcDateTime, null, null, null, new AuditRecord(AuditAction.SignInFailed, "User", null, AuditOutcome.Failure, UserNameOverride: "mallory"));

        Assert.Equal("mallory", entry.UserName);
    }

    private List<AuditEntry> BuildChain(int count)
    {
        var records = new[]
        {
            new AuditRecord(AuditAction.SignInSucceeded, "User", "admin", AuditOutcome.Success),
            new AuditRecord(AuditAction.Create, "User", "county1", AuditOutcome.Success, After: "{\"UnitCode\":\"411722\"}"),
            new AuditRecord(AuditAction.Update, "User", "county1", AuditOutcome.Success, "{\"IsDisabled\":false}", "{\"IsDisabled\":true}", "disabled by admin"),
            new AuditRecord(AuditAction.Export, "TargetEnterprises", null, AuditOutcome.Success, Detail: "rows=324"),
            new AuditRecord(AuditAction.AccessDenied, "Page", "/admin/users", AuditOutcome.Denied),
        };

        var chain = new List<AuditEntry>();
        AuditEntry? previous = null;
        for (var i = 0; i < count; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(7.5));
            previous = AuditEntry.Append(previous, _time.GetUtcNow().UtcDateTime, i % 2 == 0 ? "admin" : "county1", i % 2 == 0 ? null : "411722", "10.0.0.1", records[i % records.Length]);
            chain.Add(previous);
        }

        return chain;
    }

    private static AuditChainVerification Verify(IEnumerable<AuditEntry> entries)
    {
        var verifier = new AuditChainVerifier();
        foreach (var entry in entries)
        {
            verifier.Accept(entry);
        }

        return verifier.Result();
    }

    private static void SetPrivate(AuditEntry entry, string property, object? value)
    {
        var info = typeof(AuditEntry).GetProperty(property, BindingFlags.Instance | BindingFlags.Public)
            ?? throw new InvalidOperationException($"AuditEntry has no property {property}.");
        var setter = info.GetSetMethod(nonPublic: true) ?? throw new InvalidOperationException($"AuditEntry.{property} has no setter.");
        setter.Invoke(entry, [value]);
    }
}
