"""Capitalised things of an ordinary week read by the few characters around them (buttons,
menu paths, storms, dishes, spots in a store, rooms and venues, features, brands with a
founder's possessive, firms, schools and prizes named after a person, units, diseases, laws and
methods named after one) are not hidden as people; the people written beside them still are."""

from __future__ import annotations

import pytest

from desktop.core.privacy import redact_text


def hidden(text: str, country: str = "GB") -> list[str]:
    return [s.original for s in redact_text(text, country=country).spans]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        # a screen's controls: after a verb of clicking, a quoted label, a step of a menu path
        ("3. Click Save Changes – nothing happens.", "Save"),
        ('Subject: "Save Changes" greyed out since Monday', "Save"),
        ("Tap Publish Menu, then wait for the spinner.", "Publish"),
        ("Go to Relaties > Leveranciers > Betaalcondities and open the supplier.", "Leveranciers"),
        ("(the image won't attach)\n  Router Admin  >  Wireless  >  Security", "Router"),
        ("La démo montre la fonction Relances Automatiques.", "Relances"),
        ('Theme "Dawn" updated, Quick Add and Sticky Cart enabled.', "Dawn"),
        # storms and weather
        ("Storm Bert is due Wednesday night so the site visit might move.", "Bert"),
        ("Best year since Hurricane Sandy for the food drive.", "Sandy"),
        ("Am Freitag kommt Sturmtief Zoltan, bitte Homeoffice.", "Zoltan"),
        # dishes and drinks by their food words
        ("Set menu: Kingfish Crudo, Lamb Rump and a dessert.", "Kingfish"),
        ("Kumara Hash with Poached Eggs  $19.50", "Kumara"),
        ("Prosecco and Camden Hells on arrival.", "Camden"),
        # where goods stand, and a venue's floor or hall (no one's address)
        ("Can someone restock Bay 12 in the stationery cupboard?", "Bay"),
        ("The rooftop unit is on Level 5, Plant Room B.", "Level 5"),
        ("Notre stand est au Hall 1, allée B, à Paris Expo.", "1, allée B"),
        # rooms and venues named after people, by the room's or venue's word in more languages
        ("Bolt Food toob kohvi koosolekuruumi Lennart Meri.", "Lennart"),
        ("A Liszt Ferenc terem foglalt, a megbeszélés máshol lesz.", "Liszt"),
        ("Το τραπέζι θα γίνει στην ταβέρνα «Ο Θανάσης» στο Μοναστηράκι.", "Θανάσης"),
        ("Møterommet Fridtjof Nansen er stengt for maling.", "Fridtjof"),
        ("Öğle yemeği Köfteci Yusuf, sonra toplantı.", "Yusuf"),
        ("Il cliente è Pasticceria Marchesi di Milano.", "Marchesi"),
        ("La riunione è nella sala Leonardo, non nella Raffaello.", "Raffaello"),
        ("Nya konferensrummet heter Astrid Lindgren, det gamla blir förråd.", "Astrid"),
        ("Thanks to the pilot sites: The Fat Badger and the Lincoln Room.", "Badger"),
        # teams, products, events and places by their last word; saints' days
        ("Owner: Billing Squad, escalated to Platform Team.", "Billing"),
        ("Ticket 22871 – Abacus ERP – Modul Lohn. Eskalation an Abacus Research.", "Abacus"),
        ("Lead Designer at Monzo – Rider App and Savings Pots.", "Rider"),
        ("Paused until after Bonfire Night invoicing run.", "Bonfire"),
        ("Bağdat Caddesi kapalı olabilir.", "Bağdat"),
        ("De Sfântul Nicolae închidem la 15.", "Nicolae"),
        # a brand with its founder's possessive
        ("Saturday morning at Tyrrell's Wines for a tasting.", "Tyrrell"),
        ("Doos Tony's Chocolonely voor Sinterklaas.", "Tony"),
        # firms, schools, prizes named after a person, by the trade or institution opening or ending the name
        ("Los sobres vienen de Papelería Julián Mora.", "Julián"),
        ("Die Abmahnung kam von der Kanzlei Volker Haas.", "Volker"),
        ("Premiul Grigore Moisil se acordă în mai.", "Grigore"),
        ("The stand is built by Georg Huber Messebau.", "Georg"),
        ("Die Kosten trägt die Ernst Abbe Stiftung.", "Ernst"),
        ("We now buy from Molson Breweries.", "Molson"),
        # named after someone: "имени", "im."
        ("Концерт пройдёт в зале имени Рахманинова.", "Рахманинова"),
        ("Szkolenie odbędzie się w Szpitalu im. Ludwika Rydygiera.", "Ludwika"),
        # units, diseases, laws and methods named after people
        ("Temperature logged in Kelvin every minute.", "Kelvin"),
        ("Torque: 40 Newton metres on each bolt.", "Newton"),
        ("Suspected Bell's palsy, referred to neurology.", "Bell"),
        ("We used Newton's method for the fit.", "Newton"),
        ("Requests under Clare's Law go to the safeguarding lead.", "Clare"),
        # rooms, houses and squares with their word after the name (Lithuanian, Finnish, Norwegian, Turkish)
        ("Seminaras vyks Vinco Kudirkos salėje antrame aukšte.", "Vinco"),
        ("Kokous pidetään Eliel Saarisen talossa.", "Eliel"),
        ("Vi møtes ved Henrik Ibsens plass klokka ni.", "Henrik"),
        ("Yemeği Hasan Usta Lokantası'nda yedik.", "Hasan"),
        # bots, pets and mascots said to be one right after their name
        ("Yesterday Oliver, the routing bot, assigned tickets to disabled agents.", "Oliver"),
        ("Tickets go to Jasper (our AI assistant) first.", "Jasper"),
        ("The stand features Bruno the Bear and a raffle.", "Bruno"),
        # a config's bot, model and voice names; trains and ships; a shop after its founder's genitive
        ('bot_name: "Lola"\nowner: "Nina Weber"', "Lola"),
        ('fallback_model: "Claude"\nvoice: "Aria"', "Aria"),
        ("Bilety na pociąg IC Władysław Reymont kupione.", "Władysław"),
        ("Wir fahren mit dem Dampfschiff Gallus nach Rorschach.", "Gallus"),
        ("Vi köper bullar från Lennart Svenssons bageri.", "Lennart"),
        # saints' hospitals and towns, prizes and a campaign's characters after their word
        ("Ens veiem a l'hospital de Sant Pau demà.", "Pau"),
        ("El premi Joan Fuster es lliura dijous.", "Joan"),
        ("El personaje Pepe Pimiento vuelve en otoño.", "Pepe"),
        ("Scones come from Edith Carrow Bakehouse on Fridays.", "Edith"),
        ("Kohtumine on Georg Otsa konverentsikeskuses.", "Georg"),
        ("La réunion est au Centre hospitalier Anne-Marie Leclerc.", "Anne-Marie"),
        ("The Joseph Lister Wing is closed for works.", "Lister"),
    ],
)
def test_a_thing_named_by_its_surroundings_is_not_hidden(text: str, thing: str) -> None:
    assert not any(thing in value for value in hidden(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("<tr><td>Maria Gonzalez</td><td>mgonzalez@example.org</td></tr>", "Maria Gonzalez"),
        ("Subject: intro: Nadia <> Carlos\n\nHi Nadia, meet Carlos Ibáñez.", "Carlos"),
        ("Name | Amount\n--- | ---\nThe Okafor Family | $500\nThe Lindqvist Family | $200", "Okafor"),
        ("Recebedor: Wellington Souza", "Wellington Souza"),
        ("Please ask Anna Porter about the invoice.", "Anna Porter"),
        ("Please ask Anna Pavlova and Ruth Benedict about it.", "Ruth Benedict"),  # food words that are surnames
        ("Notes from Conchita Wurst and Nancy Guild.", "Nancy Guild"),
        ("She lives at Level 2, 14 Smith Street, Sydney NSW 2000.", "Level 2, 14 Smith Street"),
        ("Reporter: Jordan Pike, escalated by Dana Whitcomb.", "Jordan Pike"),
        ("Please ask Helen Newton about the torque figures.", "Helen Newton"),  # a unit's name as a surname
        ("Call Pascal Morel tomorrow about the invoice.", "Pascal Morel"),
        ("Anna's test results are back, Anna Kowal said.", "Anna Kowal"),
        ("Frage an Ernst Abbe wegen der Stiftung.", "Ernst Abbe"),  # the foundation's word elsewhere in the line
        ("Anna Novak, our new assistant, starts on Monday.", "Anna Novak"),  # a person's role, said the same way
        ("Tom Reyes, the dog walker, is late again.", "Tom Reyes"),
        ("Vi møtes hos Henrik Ibsen klokka ni.", "Henrik Ibsen"),
        ('bot_name: "Lola"\nowner: "Nina Weber"', "Nina Weber"),
        ("assistant: Maria Lopez\nagent: Tom Reyes", "Tom Reyes"),  # keys that may hold a person
        ("Der Zug fährt mit Anna Berg los.", "Anna Berg"),
        ("Prix fixe: 40 €. Merci Claire Dubois.", "Claire Dubois"),
        ("Ask Edith Carrow about the scones.", "Edith Carrow"),
        ("Please thank Mary Jane Ward for the cover.", "Mary Jane Ward"),  # a ward's word as a surname
    ],
)
def test_people_and_homes_beside_such_words_stay_hidden(text: str, person: str) -> None:
    assert any(person in value for value in hidden(text, "AU" if "NSW" in text else "GB"))
