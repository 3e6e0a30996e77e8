using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Sip.Domain.Plans;
using Sip.Infrastructure.Seeding;
using Sip.Web.Components.Pages;

namespace Sip.Web.Tests;

/// <summary>The "Starta SIP" form: every error at once, each at its field, and no half-started plan.</summary>
public sealed class StartPlanWizardTests : ComponentTest
{
    [Fact]
    public void An_empty_form_shows_every_error_at_once_next_to_its_field_and_starts_nothing()
    {
        SignInAs(DemoDirectory.SocialWorker);
        var plansBefore = Query(db => db.Plans.Count());
        var form = Render<StartPlan>();

        form.FindAll("button").Single(b => b.TextContent.Trim() == "Starta SIP").Click();

        string[] expected =
        [
            "Ange ärendets referens i verksamhetssystemet.",
            "Ange personnummer med 10 eller 12 siffror, t.ex. 19121212-1212.",
            "Ange personens namn.",
            "Ange skälet till att en SIP behövs.",
        ];
        form.WaitForAssertion(() =>
        {
            var summary = form.Find("[data-error-summary]").TextContent;
            Assert.All(expected, message => Assert.Contains(message, summary, StringComparison.Ordinal));
        });

        // Each message also stands under its own field.
        var fieldErrors = form.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.TextContent.Trim()).ToList();
        Assert.All(expected, message => Assert.Contains(message, fieldErrors));
        Assert.Equal(plansBefore, Query(db => db.Plans.Count()));
    }

    [Fact]
    public void In_English_the_same_errors_stand_in_English_at_their_fields()
    {
        var (culture, uiCulture) = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = Text.English;
        try
        {
            SignInAs(DemoDirectory.SocialWorker);
            var form = Render<StartPlan>();

            form.FindAll("button").Single(b => b.TextContent.Trim() == Text.T("Starta SIP")).Click();

            form.WaitForAssertion(() => Assert.Contains(
                Text.T("Ange personens namn."),
                form.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.TextContent.Trim())));
            Assert.NotEqual("Ange personens namn.", Text.T("Ange personens namn."));
            Assert.DoesNotContain("Ange personens namn.", form.Markup, StringComparison.Ordinal);
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Fact]
    public void A_personnummer_with_a_wrong_check_digit_is_pointed_out_while_typing()
    {
        SignInAs(DemoDirectory.SocialWorker);
        var form = Render<StartPlan>();

        var identity = form.FindAll("input").Single(i => Label(form, i) == "Personnummer eller samordningsnummer");
        identity.Input("19850314-9829");
        identity.Blur();

        form.WaitForAssertion(() => Assert.Contains(
            form.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.TextContent.Trim()),
            text => text.Contains("kontrollsiffra", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task A_complete_form_starts_the_plan_records_consent_and_summons_the_chosen_unit()
    {
        SignInAs(DemoDirectory.SocialWorker);
        var form = Render<StartPlan>();
        Fill(form, "Ärendets referens i verksamhetssystemet", "VU-BUNIT-1");
        Fill(form, "Varför behövs en SIP?", "Beroende och skulder; behöver samordnat stöd.");
        Fill(form, "Personnummer eller samordningsnummer", "19850314-9828");
        Fill(form, "Namn", "Komponent Testsson");
        form.FindAll("input[type=checkbox]").Single(c => Label(form, c) == "Beroendemottagningen Östersund").Change(true);

        form.FindAll("button").Single(b => b.TextContent.Trim() == "Starta SIP").Click();

        form.WaitForAssertion(() => Assert.Equal(1, Query(db => db.Plans.Count(p => p.Origin.ExternalCaseReference == "VU-BUNIT-1"))));
        var plan = await Query(
            db => db.Plans.Include(p => p.Participants).Include(p => p.Consents)
            .SingleAsync(p => p.Origin.ExternalCaseReference == "VU-BUNIT-1"));
        Assert.Contains(plan.Participants, p => p.UnitId == DemoDirectory.BeroendemottagningenOstersund);
        Assert.NotNull(plan.ActiveConsent);
        Assert.Contains(DemoDirectory.RegionJh, plan.ActiveConsent!.ScopeOrganizationIds);
    }

    [Fact]
    public void A_person_without_personnummer_is_started_with_a_birth_date_and_flagged_on_the_plan()
    {
        SignInAs(DemoDirectory.SocialWorker);
        var form = Render<StartPlan>();
        form.FindAll("input[type=radio]").Single(r => Label(form, r) == "Saknar personnummer").Click();
        Assert.DoesNotContain(form.FindAll("input"), i => Label(form, i) == "Personnummer eller samordningsnummer");
        Fill(form, "Ärendets referens i verksamhetssystemet", "VU-BUNIT-RES");
        Fill(form, "Varför behövs en SIP?", "Asylsökande; behöver samordnat stöd.");
        Fill(form, "Födelsedatum", "1990-01-02");
        Fill(form, "Namn", "Noor Ali");

        form.FindAll("button").Single(b => b.TextContent.Trim() == "Starta SIP").Click();

        form.WaitForAssertion(() => Assert.True(
            Query(db => db.Plans.Any(p => p.Origin.ExternalCaseReference == "VU-BUNIT-RES")),
            form.Markup.Contains("data-error-summary", StringComparison.Ordinal) ? form.Find("[data-error-summary]").TextContent : "none"));
        form.WaitForAssertion(() => Assert.Equal(
            (Sip.Domain.People.IdentityKind.None, new DateOnly(1990, 1, 2)),
            Query(db => db.Plans.Where(p => p.Origin.ExternalCaseReference == "VU-BUNIT-RES")
                .Select(p => new { p.Person.IdentityNumber, p.Person.ReserveNumber, p.Person.BirthDate }).AsEnumerable()
                .Select(p => (Sip.Domain.Plans.SubjectPerson.Kind(p.IdentityNumber != null, p.ReserveNumber != null), p.BirthDate))
                .SingleOrDefault())));
        var planId = Query(db => db.Plans.Single(p => p.Origin.ExternalCaseReference == "VU-BUNIT-RES").Id);
        var page = Render<PlanWorkspace>(p => p.Add(x => x.PlanId, planId));
        page.WaitForAssertion(() => Assert.Equal("Saknar personnummer", page.Find("[data-identity-flag]").TextContent.Trim()));
        Assert.Contains("född 1990-01-02", page.Markup, StringComparison.Ordinal);
    }

    // Rule 26b at the start: a case about a placement offers the placement's details; given, they are checked as on
    // the placement tab, in Swedish at their fields, and the plan starts with them.
    [Fact]
    public async Task A_case_about_a_placement_offers_its_details_and_an_unexplained_other_motive_is_refused_in_swedish()
    {
        SignInAs(DemoDirectory.SocialWorker);
        var form = Render<StartPlan>();
        Assert.DoesNotContain(form.FindComponents<MudSelect<PlacementLegalBasis?>>(), _ => true);
        var placement = form.FindComponents<MudCheckBox<bool>>()
            .Single(c => c.Instance.Label == "Ärendet gäller en placering på HVB eller annat boende");
        await form.InvokeAsync(() => placement.Instance.ValueChanged.InvokeAsync(true));
        Fill(form, "Ärendets referens i verksamhetssystemet", "VU-BUNIT-HVB");
        Fill(form, "Varför behövs en SIP?", "Placerad på HVB utan SIP.");
        Fill(form, "Personnummer eller samordningsnummer", "19850314-9828");
        Fill(form, "Namn", "Placerad Testsson");
        var motive = form.FindComponents<MudSelect<PlacementMotive?>>().Single();
        await form.InvokeAsync(() => motive.Instance.ValueChanged.InvokeAsync(PlacementMotive.Other));

        form.FindAll("button").Single(b => b.TextContent.Trim() == "Starta SIP").Click();

        string[] expected =
        [
            "Ange enligt vilken lag placeringen beslutades (SoL, LVM eller LVU).",
            "Beskriv motivet när det är ett annat än de uppräknade.",
            "Beskriv placeringens vård- och behandlingsinnehåll.",
        ];
        form.WaitForAssertion(() => Assert.All(
            expected,
            message => Assert.Contains(message, form.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.TextContent.Trim()))));
        Assert.False(Query(db => db.Plans.Any(p => p.Origin.ExternalCaseReference == "VU-BUNIT-HVB")));

        var basis = form.FindComponents<MudSelect<PlacementLegalBasis?>>().Single();
        await form.InvokeAsync(() => basis.Instance.ValueChanged.InvokeAsync(PlacementLegalBasis.Sol));
        Fill(form, "Motivet med egna ord (krävs vid annat motiv)", "Hemlöshet");
        Fill(form, "Vård- och behandlingsinnehåll", "Boende med stöd.");
        form.FindAll("button").Single(b => b.TextContent.Trim() == "Starta SIP").Click();

        form.WaitForAssertion(() => Assert.Equal(
            (PlacementLegalBasis.Sol, PlacementMotive.Other, "Hemlöshet", "Boende med stöd."),
            Query(db => db.Plans.Where(p => p.Origin.ExternalCaseReference == "VU-BUNIT-HVB").AsEnumerable()
                .Select(p => p.Placement is not { } placed
                    ? default
                    : (placed.LegalBasis, placed.Motive, placed.MotiveText, placed.CareContent))
                .SingleOrDefault())));
    }

    private static void Fill(IRenderedComponent<StartPlan> form, string label, string value)
    {
        var field = form.FindAll("input, textarea").Single(i => Label(form, i) == label);
        try
        {
            field.Change(value);
        }
        catch (Bunit.MissingEventHandlerException)
        {
            // A field checked as you type listens to input, not change.
            field.Input(value);
        }
    }

    /// <summary>The text of the label that names a field, as a screen reader finds it.</summary>
    private static string? Label(IRenderedComponent<StartPlan> form, AngleSharp.Dom.IElement field)
    {
        var id = field.GetAttribute("id");
        var labels = id is null ? [] : form.FindAll($"label[for='{id}']");
        var label = labels.Count > 0 ? labels[0] : null;
        return (label ?? field.Closest("label"))?.TextContent.Trim().TrimEnd('*').Trim();
    }
}
