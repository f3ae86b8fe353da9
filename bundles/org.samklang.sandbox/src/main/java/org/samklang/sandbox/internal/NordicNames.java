package org.samklang.sandbox.internal;

import java.util.List;

/** Given names, family names and places of the four Nordic countries, for demo people and customers. */
final class NordicNames {

    static final List<String> SE_WOMEN = List.of("Anna", "Åsa", "Märta", "Karin", "Ingrid", "Linnéa", "Maja",
            "Elin", "Sofia", "Ebba", "Agnes", "Astrid", "Britt-Marie", "Gunilla", "Lena", "Birgitta", "Ylva",
            "Malin", "Jenny", "Ida", "Saga", "Wilma", "Alva", "Signe", "Hedvig", "Solveig", "Ulla", "Kristina",
            "Margareta", "Märit");
    static final List<String> SE_MEN = List.of("Erik", "Björn", "Göran", "Åke", "Örjan", "Anders", "Lars", "Per",
            "Nils", "Olof", "Sven", "Håkan", "Mats", "Magnus", "Johan", "Oskar", "Hugo", "Axel", "Emil", "Gustav",
            "Ludvig", "Måns", "Jöns", "Tor", "Bengt", "Stig", "Kjell", "Lennart", "Sören", "Pär");
    static final List<String> SE_FAMILY = List.of("Lindqvist", "Åberg", "Öström", "Söderberg", "Nyström",
            "Sjöberg", "Ekström", "Lundgren", "Bergström", "Johansson", "Andersson", "Karlsson", "Nilsson",
            "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jönsson",
            "Hägglund", "Björk", "Wåhlin", "Östlund", "Åkesson", "Sandström", "Holmqvist", "Engström", "Dahlén",
            "Löfgren", "Sköld", "Strömberg", "Törnqvist");
    static final List<String> SE_CITIES = List.of("Stockholm", "Göteborg", "Malmö", "Umeå", "Västerås",
            "Linköping", "Jönköping", "Örebro", "Norrköping", "Luleå", "Borås", "Gävle", "Växjö", "Östersund");

    static final List<String> NO_WOMEN = List.of("Ingrid", "Kari", "Solveig", "Sølvi", "Bjørg", "Åse", "Ragnhild",
            "Tone", "Hanne", "Silje", "Ingvild", "Marit", "Kjersti", "Tuva", "Nora", "Frøydis", "Gro", "Synnøve",
            "Liv", "Torunn");
    static final List<String> NO_MEN = List.of("Bjørn", "Øyvind", "Ørjan", "Håvard", "Sindre", "Knut", "Terje",
            "Jørgen", "Espen", "Geir", "Trond", "Magnus", "Stian", "Eivind", "Tormod", "Åsmund", "Odd", "Sigurd",
            "Kåre", "Vegard");
    static final List<String> NO_FAMILY = List.of("Haugen", "Hansen", "Johansen", "Olsen", "Larsen", "Berg",
            "Bakken", "Sæther", "Bråten", "Kjær", "Løvås", "Ødegård", "Dahl", "Halvorsen", "Strand", "Solberg",
            "Nygård", "Fjeld", "Aasen", "Brække", "Hægeland", "Myrvold", "Grønli", "Lie");
    static final List<String> NO_CITIES = List.of("Oslo", "Bergen", "Trondheim", "Tromsø", "Bodø", "Ålesund",
            "Bærum", "Drammen", "Stavanger", "Kristiansand", "Lillehammer", "Fredrikstad");

    static final List<String> DK_WOMEN = List.of("Mette", "Lærke", "Sofie", "Freja", "Ida", "Signe", "Karen",
            "Birgitte", "Lone", "Pernille", "Helle", "Dorthe", "Kirsten", "Ane", "Maja", "Astrid", "Søs", "Bodil",
            "Gitte", "Trine");
    static final List<String> DK_MEN = List.of("Søren", "Jørgen", "Mads", "Rasmus", "Anders", "Niels", "Frederik",
            "Mikkel", "Jens", "Kasper", "Henrik", "Bjarne", "Poul", "Torben", "Ole", "Jesper", "Morten", "Steffen",
            "Bent", "Asger");
    static final List<String> DK_FAMILY = List.of("Jørgensen", "Sørensen", "Møller", "Kjærgaard", "Nielsen",
            "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Rasmussen", "Mortensen", "Thomsen",
            "Østergaard", "Lauridsen", "Bæk", "Dalsgaard", "Frølich", "Holm", "Kristiansen", "Søndergaard", "Krøyer",
            "Mølgaard", "Vestergaard", "Skov");
    static final List<String> DK_CITIES = List.of("København", "Århus", "Aalborg", "Odense", "Køge", "Helsingør",
            "Næstved", "Esbjerg", "Randers", "Roskilde", "Vejle", "Ærøskøbing");

    static final List<String> FI_WOMEN = List.of("Päivi", "Tiina", "Sanna", "Riikka", "Aino", "Helmi", "Minna",
            "Satu", "Sari", "Johanna", "Hanna", "Kaisa", "Elina", "Veera", "Liisa", "Maarit", "Eeva", "Anni", "Tuula",
            "Marjatta");
    static final List<String> FI_MEN = List.of("Jyrki", "Pekka", "Matti", "Juha", "Mikko", "Timo", "Jari", "Väinö",
            "Eero", "Ilkka", "Antti", "Heikki", "Kalle", "Lauri", "Tapio", "Ville", "Olli", "Esa", "Jussi", "Niko");
    static final List<String> FI_FAMILY = List.of("Mäkinen", "Järvinen", "Hämäläinen", "Kärkkäinen", "Väisänen",
            "Virtanen", "Korhonen", "Nieminen", "Mäkelä", "Heikkinen", "Koskinen", "Lehtonen", "Laine", "Salminen",
            "Lähteenmäki", "Räsänen", "Pääkkönen", "Söderholm", "Öhman", "Björklund", "Lindroos", "Ylönen",
            "Kähkönen", "Ahonen", "Hyvönen");
    static final List<String> FI_CITIES = List.of("Helsinki", "Espoo", "Tampere", "Turku", "Oulu", "Jyväskylä",
            "Hämeenlinna", "Mariehamn", "Vaasa", "Lahti", "Kuopio", "Porvoo");

    private NordicNames() {
    }
}
