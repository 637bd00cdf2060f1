using Tianzhong.Kernel.Time;
using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Tianzhong.Modules.Investment.Domain;
using Tianzhong.Modules.Investment.Features.Lifecycle;
using Xunit;

namespace Tianzhong.UnitTests.Investment;

public sealed class LifecycleRulesTests
{
    private static readonly DateTime Now = new(2026, 6, 30, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 6, 30);

    private static Project NewProject() =>
        Project.Register("411702", new ProjectFigures("项目", "food", null, CapitalSource.Local, 5_000m, null, null, null, null, null, null, null, null, null, null, null, false), Now);

    private static EvidenceFile Evidence() => new(EvidenceKind.Contract, "a.pdf", "application/pdf", [1, 2, 3], "hash");

    private static StageSubmission Submit(Project project, ProjectStage target, DateOnly on) =>
        StageSubmission.Create(project, target, on, null, [Evidence()], "county", Now);

    private static Project Reached(params (ProjectStage Stage, DateOnly On)[] steps)
    {
        var project = NewProject();
        foreach (var (stage, on) in steps)
        {
            LifecycleRules.Approve(project, Submit(project, stage, on), "city", null, Now);
        }

        return project;
    }

    [Fact]
    public void The_next_stage_follows_negotiating_signed_started_in_production_and_ends_there()
    {
        Assert.Equal(ProjectStage.Signed, LifecycleRules.NextStage(ProjectStage.Negotiating));
        Assert.Equal(ProjectStage.Started, LifecycleRules.NextStage(ProjectStage.Signed));
        Assert.Equal(ProjectStage.InProduction, LifecycleRules.NextStage(ProjectStage.Started));
        Assert.Null(LifecycleRules.NextStage(ProjectStage.InProduction));
        Assert.Null(LifecycleRules.NextStage(ProjectStage.Stalled));
    }

    [Fact]
    public void A_sound_signing_submission_passes()
    {
        Assert.Null(LifecycleRules.CheckSubmission(NewProject(), ProjectStage.Signed, Today, 1, hasPendingSubmission: false, Today));
    }

    [Theory]
    [InlineData(ProjectStage.Started)]
    [InlineData(ProjectStage.InProduction)]
    [InlineData(ProjectStage.Negotiating)]
    public void Only_the_next_stage_can_be_submitted(ProjectStage target)
    {
        Assert.Equal(LifecycleProblem.NotNextStage, LifecycleRules.CheckSubmission(NewProject(), target, Today, 1, false, Today));
    }

    [Fact]
    public void A_second_submission_waits_for_the_pending_one()
    {
        Assert.Equal(LifecycleProblem.PendingSubmissionExists, LifecycleRules.CheckSubmission(NewProject(), ProjectStage.Signed, Today, 1, hasPendingSubmission: true, Today));
    }

    [Fact]
    public void A_date_after_today_is_refused_and_today_itself_is_fine()
    {
        Assert.Equal(LifecycleProblem.DateInFuture, LifecycleRules.CheckSubmission(NewProject(), ProjectStage.Signed, Today.AddDays(1), 1, false, Today));
        Assert.Null(LifecycleRules.CheckSubmission(NewProject(), ProjectStage.Signed, Today, 1, false, Today));
    }

    [Fact]
    public void A_start_before_the_signing_is_refused_and_the_same_day_is_fine()
    {
        var signed = Reached((ProjectStage.Signed, new DateOnly(2026, 5, 10)));
        Assert.Equal(LifecycleProblem.DateBeforePreviousStage, LifecycleRules.CheckSubmission(signed, ProjectStage.Started, new DateOnly(2026, 5, 9), 1, false, Today));
        Assert.Null(LifecycleRules.CheckSubmission(signed, ProjectStage.Started, new DateOnly(2026, 5, 10), 1, false, Today));
    }

    [Fact]
    public void Production_before_the_start_is_refused()
    {
        var started = Reached((ProjectStage.Signed, new DateOnly(2026, 1, 5)), (ProjectStage.Started, new DateOnly(2026, 3, 1)));
        Assert.Equal(LifecycleProblem.DateBeforePreviousStage, LifecycleRules.CheckSubmission(started, ProjectStage.InProduction, new DateOnly(2026, 2, 28), 1, false, Today));
        Assert.Null(LifecycleRules.CheckSubmission(started, ProjectStage.InProduction, new DateOnly(2026, 3, 1), 1, false, Today));
    }

    [Fact]
    public void A_submission_without_evidence_is_refused()
    {
        Assert.Equal(LifecycleProblem.EvidenceRequired, LifecycleRules.CheckSubmission(NewProject(), ProjectStage.Signed, Today, 0, false, Today));
    }

    [Fact]
    public void A_terminated_project_takes_no_step_and_cannot_resume()
    {
        var project = Reached((ProjectStage.Signed, new DateOnly(2026, 1, 5)));
        LifecycleRules.Halt(project, ProjectStage.Terminated, "企业撤资", Today);
        Assert.Equal(LifecycleProblem.ProjectTerminated, LifecycleRules.CheckSubmission(project, ProjectStage.Started, Today, 1, false, Today));
        Assert.Equal(LifecycleProblem.ProjectTerminated, LifecycleRules.CheckHalt(project, ProjectStage.Stalled, "再停"));
        Assert.Equal(LifecycleProblem.NotHalted, LifecycleRules.CheckResume(project));
        Assert.Equal(ProjectStage.Signed, project.ReachedStage);
    }

    [Fact]
    public void A_stalled_project_takes_no_step_until_it_resumes_at_the_stage_it_had_reached()
    {
        var project = Reached((ProjectStage.Signed, new DateOnly(2026, 1, 5)));
        var version = project.Version;
        Assert.Null(LifecycleRules.CheckHalt(project, ProjectStage.Stalled, "资金未到位"));
        LifecycleRules.Halt(project, ProjectStage.Stalled, "  资金未到位 ", Today);
        Assert.Equal(ProjectStage.Stalled, project.Stage);
        Assert.Equal("资金未到位", project.HaltReason);
        Assert.Equal(Today, project.HaltedOn);
        Assert.Equal(version + 1, project.Version);
        Assert.Equal(LifecycleProblem.ProjectHalted, LifecycleRules.CheckSubmission(project, ProjectStage.Started, Today, 1, false, Today));
        Assert.Equal(LifecycleProblem.ProjectHalted, LifecycleRules.CheckHalt(project, ProjectStage.Stalled, "又停"));

        Assert.Null(LifecycleRules.CheckResume(project));
        LifecycleRules.Resume(project);
        Assert.Equal(ProjectStage.Signed, project.Stage);
        Assert.Null(project.HaltReason);
        Assert.Null(project.HaltedOn);
        Assert.Equal(LifecycleProblem.NotHalted, LifecycleRules.CheckResume(project));
        Assert.Null(LifecycleRules.CheckSubmission(project, ProjectStage.Started, Today, 1, false, Today));
    }

    [Fact]
    public void A_stalled_project_can_still_be_terminated_and_keeps_the_stage_it_had_reached()
    {
        var project = Reached((ProjectStage.Signed, new DateOnly(2026, 1, 5)), (ProjectStage.Started, new DateOnly(2026, 2, 5)));
        LifecycleRules.Halt(project, ProjectStage.Stalled, "停工", Today);
        Assert.Null(LifecycleRules.CheckHalt(project, ProjectStage.Terminated, "终止合作"));
        LifecycleRules.Halt(project, ProjectStage.Terminated, "终止合作", Today);
        Assert.Equal(ProjectStage.Started, project.StageBeforeHalt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Halting_needs_a_reason(string? reason)
    {
        Assert.Equal(LifecycleProblem.ReasonRequired, LifecycleRules.CheckHalt(NewProject(), ProjectStage.Stalled, reason));
        Assert.Equal(LifecycleProblem.ReasonRequired, LifecycleRules.CheckHalt(NewProject(), ProjectStage.Terminated, reason));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Returning_needs_an_opinion(string? opinion)
    {
        var project = NewProject();
        Assert.Equal(LifecycleProblem.OpinionRequired, LifecycleRules.CheckDecision(project, Submit(project, ProjectStage.Signed, Today), approve: false, opinion));
    }

    [Fact]
    public void Approval_applies_the_stage_and_date_and_a_second_decision_is_refused()
    {
        var project = NewProject();
        var submission = Submit(project, ProjectStage.Signed, new DateOnly(2026, 4, 1));
        Assert.Null(LifecycleRules.CheckDecision(project, submission, approve: true, opinion: null));
        LifecycleRules.Approve(project, submission, "city", " 同意 ", Now);
        Assert.Equal(ProjectStage.Signed, project.Stage);
        Assert.Equal(new DateOnly(2026, 4, 1), project.SignedOn);
        Assert.Equal(3, project.Version); // registered 1, submission 2, approval 3
        Assert.Equal(SubmissionStatus.Approved, submission.Status);
        Assert.Equal("同意", submission.Opinion);
        Assert.Equal(2, submission.Version);
        Assert.Equal(LifecycleProblem.NotPending, LifecycleRules.CheckDecision(project, submission, approve: true, null));
        Assert.Equal(LifecycleProblem.NotPending, LifecycleRules.CheckDecision(project, submission, approve: false, "再退"));
    }

    [Fact]
    public void A_returned_submission_leaves_the_project_as_it_was()
    {
        var project = NewProject();
        var submission = Submit(project, ProjectStage.Signed, Today);
        var versionAfterSubmission = project.Version;
        LifecycleRules.Return(submission, "city", "缺盖章页", Now);
        Assert.Equal(SubmissionStatus.Returned, submission.Status);
        Assert.Equal(ProjectStage.Negotiating, project.Stage);
        Assert.Null(project.SignedOn);
        Assert.Equal(2, versionAfterSubmission); // a pending submission moves the project's version (one pending at a time)
        Assert.Equal(versionAfterSubmission, project.Version);
        Assert.Null(LifecycleRules.CheckSubmission(project, ProjectStage.Signed, Today, 1, hasPendingSubmission: false, Today));
    }

    [Fact]
    public void Approval_rechecks_a_project_that_moved_since_the_submission()
    {
        var stalled = NewProject();
        var pending = Submit(stalled, ProjectStage.Signed, Today);
        LifecycleRules.Halt(stalled, ProjectStage.Stalled, "暂停", Today);
        Assert.Equal(LifecycleProblem.ProjectHalted, LifecycleRules.CheckDecision(stalled, pending, approve: true, null));
        Assert.Null(LifecycleRules.CheckDecision(stalled, pending, approve: false, "项目已停滞"));

        var terminated = NewProject();
        var late = Submit(terminated, ProjectStage.Signed, Today);
        LifecycleRules.Halt(terminated, ProjectStage.Terminated, "撤资", Today);
        Assert.Equal(LifecycleProblem.ProjectTerminated, LifecycleRules.CheckDecision(terminated, late, approve: true, null));

        var moved = Reached((ProjectStage.Signed, new DateOnly(2026, 1, 5)));
        var outdated = StageSubmission.Create(moved, ProjectStage.Signed, Today, null, [Evidence()], "county", Now);
        Assert.Equal(LifecycleProblem.NotNextStage, LifecycleRules.CheckDecision(moved, outdated, approve: true, null));
    }
}

public sealed class EvidenceChecksTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00];
    private static readonly byte[] Program = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00];

    private static byte[] Package(string part)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write("<x/>");
        }

        return stream.ToArray();
    }

    [Theory]
    [InlineData("合同.pdf", "pdf")]
    [InlineData("SCAN.PDF", "pdf")]
    [InlineData("现场.jpg", "jpeg")]
    [InlineData("现场.jpeg", "jpeg")]
    [InlineData("现场.png", "png")]
    public void Files_whose_content_matches_their_extension_pass(string name, string kind)
    {
        var content = kind switch { "pdf" => Pdf, "jpeg" => Jpeg, _ => Png };
        Assert.Null(EvidenceChecks.CheckContent(name, content));
    }

    [Fact]
    public void Office_documents_must_be_packages_holding_their_main_part()
    {
        Assert.Null(EvidenceChecks.CheckContent("报告.docx", Package("word/document.xml")));
        Assert.Null(EvidenceChecks.CheckContent("台账.xlsx", Package("xl/workbook.xml")));
        Assert.Equal(EvidenceProblem.ContentMismatch, EvidenceChecks.CheckContent("报告.docx", Package("xl/workbook.xml")));
        Assert.Equal(EvidenceProblem.ContentMismatch, EvidenceChecks.CheckContent("台账.xlsx", Package("payload.exe")));
        Assert.Equal(EvidenceProblem.ContentMismatch, EvidenceChecks.CheckContent("报告.docx", [0x50, 0x4B, 0x03, 0x04, 0x00]));
    }

    [Theory]
    [InlineData("合同.pdf")]
    [InlineData("现场.jpg")]
    [InlineData("现场.png")]
    [InlineData("报告.docx")]
    public void A_renamed_program_is_refused(string name)
    {
        Assert.Equal(EvidenceProblem.ContentMismatch, EvidenceChecks.CheckContent(name, Program));
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("合同.pdf.exe")]
    [InlineData("合同.doc")]
    [InlineData("合同")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_types_are_refused_by_name(string? name)
    {
        Assert.Equal(EvidenceProblem.TypeNotAllowed, EvidenceChecks.CheckDeclared(name, 100));
        Assert.Equal(EvidenceProblem.TypeNotAllowed, EvidenceChecks.CheckContent(name, Pdf));
    }

    [Fact]
    public void Empty_and_oversized_files_are_refused_and_exactly_ten_megabytes_passes()
    {
        Assert.Equal(EvidenceProblem.Empty, EvidenceChecks.CheckDeclared("a.pdf", 0));
        Assert.Equal(EvidenceProblem.Empty, EvidenceChecks.CheckContent("a.pdf", []));
        Assert.Null(EvidenceChecks.CheckDeclared("a.pdf", 10 * 1024 * 1024));
        Assert.Equal(EvidenceProblem.TooLarge, EvidenceChecks.CheckDeclared("a.pdf", (10 * 1024 * 1024) + 1));
        var oversized = new byte[(10 * 1024 * 1024) + 1];
        Pdf.CopyTo(oversized, 0);
        Assert.Equal(EvidenceProblem.TooLarge, EvidenceChecks.CheckContent("a.pdf", oversized));
    }

    [Fact]
    public void The_stored_evidence_carries_the_type_from_the_extension_the_bare_name_and_the_sha256()
    {
        var evidence = EvidenceChecks.ToEvidence(EvidenceKind.Permit, @"C:\扫描\施工许可证.PDF", Pdf);
        Assert.Equal("施工许可证.PDF", evidence.FileName);
        Assert.Equal("application/pdf", evidence.ContentType);
        Assert.Equal(Pdf.Length, evidence.Length);
        Assert.Equal(EvidenceKind.Permit, evidence.Kind);

        // FIPS 180-2 test vector for "abc".
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", EvidenceChecks.Sha256Of("abc"u8));
    }

    [Fact]
    public void A_long_name_is_cut_to_the_column_keeping_its_extension()
    {
        var stored = EvidenceChecks.StoredName(new string('合', 300) + ".xlsx");
        Assert.Equal(200, stored.Length);
        Assert.EndsWith("合.xlsx", stored, StringComparison.Ordinal);
    }
}

public sealed class ChinaTimeTests
{
    [Theory]
    [InlineData("2026-01-01T15:59:59Z", "2026-01-01")]
    [InlineData("2026-01-01T16:00:00Z", "2026-01-02")]
    [InlineData("2026-07-31T23:30:00Z", "2026-08-01")]
    public void Today_is_the_date_in_China(string utc, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ChinaTime.Today(clock));
    }
}
