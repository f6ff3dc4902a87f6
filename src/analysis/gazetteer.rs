//! Small factual word lists (countries and their other names, large cities, regions, seas,
//! demonyms, titles, organisation and facility head words, calendar words) and the folds
//! that compare spellings. Generic world knowledge only: never the names of one story.

/// Maps and sets hashed with foldhash, which hashes short words several times faster
/// than SipHash and is still seeded per process.
pub type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
pub type FastSet<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;
use std::sync::LazyLock;

/// Lowercase, transliterated to ASCII (`Türkiye` -> `turkiye`), curly quotes made straight,
/// whitespace collapsed. Two spellings that fold equal name the same thing.
pub fn fold(s: &str) -> String {
    // ASCII needs no transliteration and lowercases byte by byte: the common case skips
    // deunicode's and `to_lowercase`'s allocations.
    if s.is_ascii() {
        let bytes = s.as_bytes();
        // Most texts are words with one space between them: their fold is their
        // lowercase, made by one copy rather than a push per byte.
        let mut after_space = true;
        let single_spaced = bytes.iter().all(|&b| match b {
            b' ' => !std::mem::replace(&mut after_space, true),
            b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' => false,
            _ => {
                after_space = false;
                true
            }
        });
        if single_spaced && !after_space {
            return s.to_ascii_lowercase();
        }
        // One pass over the bytes: `split_whitespace` and a char push per byte cost several
        // times more, and every mention's text is folded. The whitespace is what
        // `char::is_whitespace` takes in ASCII (which includes the vertical tab).
        let mut out: Vec<u8> = Vec::with_capacity(s.len());
        let mut space = false;
        for &b in s.as_bytes() {
            if matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r') {
                space = !out.is_empty();
                continue;
            }
            if space {
                out.push(b' ');
                space = false;
            }
            out.push(b.to_ascii_lowercase());
        }
        // ASCII in, ASCII out: the check cannot fail.
        return String::from_utf8(out).unwrap_or_default();
    }
    let ascii = deunicode::deunicode(s).to_lowercase();
    let mut out = String::with_capacity(ascii.len());
    for word in ascii.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A looser key for one name token that survives common transliteration differences:
/// Zelensky / Zelenskyy / Zelenskiy, Demerov / Demierov / Demyerov, Ciragan / Chiragan.
/// Collapses `kh`->`h`, `ch`->`c`, `w`->`v`, `y`->`i`, `ie`->`e`, and doubled letters.
/// Only meant for tokens of five letters or more: shorter keys collide too easily.
pub fn phonetic_key(token: &str) -> String {
    // Folding ASCII only lowercases it (whitespace, which it would collapse, is dropped
    // here anyway), so ASCII tokens skip the fold's String.
    let mut step: Vec<u8> = if token.is_ascii() {
        // Sized once: a filtered iterator gives `collect` no size to start from.
        let mut step = Vec::with_capacity(token.len());
        step.extend(
            token
                .bytes()
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| b.to_ascii_lowercase()),
        );
        step
    } else {
        fold(token)
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .collect()
    };
    // Each rewrite runs over the previous one's result, left to right without overlaps,
    // exactly as a chain of `str::replace` would, but in place.
    // Most rewrites find nothing to do: a rewrite whose pattern has a byte the word lacks
    // is skipped without a scan. `present` holds every byte the word may hold (a bit per
    // ASCII byte): those it had, and those a rewrite may have brought in.
    let bit = |b: u8| 1u128 << (b & 127);
    let mut present: u128 = step.iter().fold(0, |m, &b| m | bit(b));
    // The w and y below become v and i (no earlier rewrite brings in a w or y).
    if present & bit(b'w') != 0 {
        present |= bit(b'v');
    }
    if present & bit(b'y') != 0 {
        present |= bit(b'i');
    }
    // Inlined: as a closure called at each step, the call cost more than the skip.
    #[inline(always)]
    fn rewrite_in(step: &mut Vec<u8>, present: &mut u128, pattern: &[u8], with: &[u8]) {
        let bit = |b: u8| 1u128 << (b & 127);
        if pattern.iter().all(|&b| *present & bit(b) != 0) {
            replace_seq(step, pattern, with);
            *present |= with.iter().fold(0, |m, &b| m | bit(b));
        }
    }
    let mut rewrite = |step: &mut Vec<u8>, pattern: &[u8], with: &[u8]| {
        rewrite_in(step, &mut present, pattern, with);
    };
    // Zhelev / Jelev, al-Djamal / al-Jamal: French and English spellings of one sound.
    rewrite(&mut step, b"zh", b"j");
    rewrite(&mut step, b"dj", b"j");
    rewrite(&mut step, b"kh", b"h");
    rewrite(&mut step, b"ch", b"c");
    rewrite(&mut step, b"ph", b"f");
    // German umlauts written out: Kuehn / Kühn.
    rewrite(&mut step, b"ue", b"u");
    rewrite(&mut step, b"oe", b"o");
    rewrite(&mut step, b"ae", b"a");
    // Korean romanisations of one syllable ending: Seong / Sung, Jeong / Jung. Only
    // "eong": "eo" alone also tells Seo from Su and Yeon from Yun.
    rewrite(&mut step, b"eong", b"ung");
    for b in step.iter_mut() {
        match *b {
            b'w' => *b = b'v',
            b'y' => *b = b'i',
            _ => {}
        }
    }
    rewrite(&mut step, b"ie", b"e");
    // Doubled letters collapse.
    step.dedup();
    // "ie" may re-form after doubled-letter collapse; one more pass keeps it stable.
    rewrite(&mut step, b"ie", b"e");
    // Only ASCII alphanumerics are left, so the bytes are valid UTF-8 and the conversion
    // takes them as they are; the fallback is never used.
    String::from_utf8(step).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Replaces each non-overlapping `pattern`, leftmost first, by `with` (no longer than
/// it): `str::replace` for ASCII bytes, in place and without allocating.
fn replace_seq(bytes: &mut Vec<u8>, pattern: &[u8], with: &[u8]) {
    debug_assert!(with.len() <= pattern.len());
    // Most words hold none of the patterns: find the first one before copying anything.
    // (Compared byte by byte: a slice comparison calls `memcmp` for every window.)
    let Some(first) = bytes
        .windows(pattern.len())
        .position(|w| w.iter().eq(pattern))
    else {
        return;
    };
    let (mut read, mut write) = (first, first);
    while read < bytes.len() {
        if bytes[read..].starts_with(pattern) {
            // `write` trails `read`, so the bytes written were already read.
            bytes[write..write + with.len()].copy_from_slice(with);
            read += pattern.len();
            write += with.len();
        } else {
            bytes[write] = bytes[read];
            read += 1;
            write += 1;
        }
    }
    bytes.truncate(write);
}

/// Parses `Canonical|Alternate|...` lines into folded spelling -> canonical.
fn alias_table(table: &'static str) -> FastMap<String, &'static str> {
    let mut map = FastMap::default();
    for line in table.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let canonical = line.split('|').next().unwrap_or(line);
        for spelling in line.split('|') {
            map.entry(fold(spelling)).or_insert(canonical);
        }
    }
    map
}

fn word_set(words: &'static str) -> FastSet<String> {
    words.split_whitespace().map(fold).collect()
}

/// Countries with their other names and abbreviations. The first spelling is canonical.
const COUNTRIES: &str = "
Afghanistan
Albania
Algeria
Andorra
Angola
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas
Bahrain
Bangladesh
Barbados
Belarus|Byelorussia
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina
Botswana
Brazil|Brasil
Brunei
Bulgaria
Burkina Faso
Burundi
Cambodia
Cameroon
Canada
Cape Verde|Cabo Verde
Central African Republic
Chad
Chile
China|People's Republic of China|PRC
Colombia
Comoros
Congo|Republic of the Congo
Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC
Costa Rica
Ivory Coast|Côte d'Ivoire|Cote d'Ivoire
Croatia
Cuba
Cyprus
Czechia|Czech Republic
Denmark
Djibouti
Dominica
Dominican Republic
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini|Swaziland
Ethiopia
Fiji
Finland
France
Gabon
Gambia
Georgia
Germany
Ghana
Greece|Hellas
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran|Persia
Iraq
Ireland|Eire
Israel
Italy
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Mauritania
Mauritius
Mexico
Micronesia
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar|Burma
Namibia
Nauru
Nepal
Netherlands|Holland|The Netherlands
New Zealand|Aotearoa
Nicaragua
Niger
Nigeria
North Korea|DPRK|Democratic People's Republic of Korea
North Macedonia|Macedonia
Norway
Oman
Pakistan
Palau
Palestine|State of Palestine
Panama
Papua New Guinea|PNG
Paraguay
Peru
Philippines
Poland
Portugal
Qatar
Romania
Russia|Russian Federation
Rwanda
Saint Lucia
Samoa
San Marino
Saudi Arabia|KSA
Senegal
Serbia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
Solomon Islands
Somalia
South Africa
South Korea|Republic of Korea|ROK|Korea
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
East Timor|Timor-Leste
Togo
Tonga
Trinidad and Tobago
Tunisia
Turkey|Türkiye|Turkiye
Turkmenistan
Tuvalu
Uganda
Ukraine|the Ukraine
United Arab Emirates|UAE|U.A.E.|Emirates
United Kingdom|UK|U.K.|Britain|Great Britain
United States|US|U.S.|USA|U.S.A.|United States of America|America
Uruguay
Uzbekistan
Vanuatu
Vatican|Vatican City|Holy See
Venezuela
Vietnam|Viet Nam
Yemen
Zambia
Zimbabwe
";

/// Capitals and large world cities, with common transliteration pairs.
const CITIES: &str = "
Chongqing
Tianjin
Nagoya
Nanjing
Ahmedabad
Xi'an|Xian
Hangzhou
Shenyang
Surat
Suzhou
Pune
Harbin
Fukuoka
Qingdao
Dalian
Chittagong|Chattogram
Ibadan
Kaohsiung
Taichung
Sapporo
Kobe
Kyoto
Yokohama
Busan
Incheon
Daegu
Bandung
Cebu
Davao
Quezon City
Rawalpindi
Faisalabad
Multan
Peshawar
Jaipur
Lucknow
Kanpur
Nagpur
Indore
Patna
Bhopal
Mashhad
Isfahan
Bursa
Adana
Gaziantep
Kandahar
Herat
Leeds
Liverpool
Calgary
Maracaibo
Guayaquil
Cali
Barranquilla
Valparaíso|Valparaiso
Lubumbashi
Mbuji-Mayi
Kananga
Kisangani
Goma
Bukavu
Cap-Haïtien|Cap-Haitien
Kisumu
Arusha
Mwanza
Zanzibar
Kumasi
Onitsha
Benin City
Maiduguri
Giza
Luxor
Aswan
Fez
Tangier
Oran
Sfax
Misrata
Soweto
Gqeberha|Port Elizabeth
Bulawayo
Ndola
Kitwe
Blantyre
Kyiv|Kiev
Moscow
Washington|Washington, DC|Washington DC|Washington D.C.
London
Paris
Berlin
Rome
Madrid
Lisbon
Brussels
Amsterdam
The Hague|Hague
Vienna
Geneva
Zurich
Bern
Prague
Warsaw
Budapest
Bucharest
Sofia
Belgrade
Zagreb
Ljubljana
Sarajevo
Skopje
Tirana
Podgorica
Pristina
Athens
Istanbul
Ankara
Izmir
Antalya
Minsk
Vilnius
Riga
Tallinn
Helsinki
Stockholm
Oslo
Copenhagen
Reykjavik
Dublin
Edinburgh
Manchester
Birmingham
Glasgow
Belfast
Chisinau|Kishinev
Tbilisi
Yerevan
Baku
Astana|Nur-Sultan
Almaty
Tashkent
Bishkek
Dushanbe
Ashgabat
Kharkiv|Kharkov
Odesa|Odessa
Lviv|Lvov
Dnipro|Dnipropetrovsk
Zaporizhzhia|Zaporizhia|Zaporozhye
Kherson
Mariupol
Donetsk
Luhansk|Lugansk
Mykolaiv|Nikolaev
Sevastopol
Simferopol
Saint Petersburg|St. Petersburg|St Petersburg|Petersburg
Novosibirsk
Yekaterinburg
Kazan
Sochi
Vladivostok
Kaliningrad
Murmansk
Rostov-on-Don|Rostov
Belgorod
Kursk
Volgograd
Pyongyang
Seoul
Tokyo
Osaka
Beijing|Peking
Shanghai
Hong Kong
Guangzhou
Shenzhen
Wuhan
Chengdu
Taipei
Manila
Metro Manila
Hanoi
Ho Chi Minh City|Saigon
Bangkok
Kuala Lumpur
Jakarta
Singapore
Phnom Penh
Yangon|Rangoon
Naypyidaw
Dhaka
Kathmandu
New Delhi|Delhi
Mumbai|Bombay
Kolkata|Calcutta
Chennai|Madras
Bangalore|Bengaluru
Karachi
Lahore
Islamabad
Kabul
Tehran|Teheran
Baghdad
Basra
Mosul
Erbil
Damascus
Aleppo
Beirut
Amman
Jerusalem
Tel Aviv
Gaza City
Ramallah
Riyadh
Jeddah
Mecca
Doha
Dubai
Abu Dhabi
Muscat
Kuwait City
Manama
Sanaa
Aden
Cairo
Alexandria
Tripoli
Tunis
Algiers
Rabat
Casablanca
Khartoum
Addis Ababa
Nairobi
Mogadishu
Kampala
Kigali
Dar es Salaam
Kinshasa
Lagos
Abuja
Accra
Dakar
Bamako
Niamey
Abidjan
Johannesburg
Cape Town
Pretoria
Harare
Luanda
New York|New York City|NYC
Los Angeles
Chicago
Houston
Philadelphia
Phoenix
San Francisco
Boston
Miami
Atlanta
Seattle
Dallas
Detroit
Las Vegas
New Orleans
Ottawa
Toronto
Montreal
Vancouver
Mexico City
Havana
Caracas
Bogota|Bogotá
Lima
Quito
Santiago
Buenos Aires
Montevideo
Brasilia|Brasília
Sao Paulo|São Paulo
Rio de Janeiro
Canberra
Sydney
Melbourne
Wellington
Auckland
Munich
Hamburg
Frankfurt
Cologne
Milan
Naples
Florence
Venice
Barcelona
Marseille
Lyon
Rotterdam
Antwerp
Krakow|Kraków|Cracow
Gdansk|Gdańsk
Davos
Munich
Strasbourg
Luxembourg City
Monaco
Bremen
Hanover|Hannover
Dusseldorf|Düsseldorf
Stuttgart
Leipzig
Dresden
Kiel
Gothenburg|Göteborg
Malmo|Malmö
Bergen
Aarhus
Turin|Torino
Genoa|Genova
Bologna
Palermo
Seville|Sevilla
Valencia
Bilbao
Porto|Oporto
Toulouse
Bordeaux
Lille
Basel
Lausanne
Wroclaw|Wrocław
Poznan|Poznań
Lodz|Łódź
Brno
Bratislava
Cluj-Napoca|Cluj
Thessaloniki
Manhattan
Brooklyn
Bronx
Belem|Belém
Manaus
Recife
Fortaleza
Porto Alegre
Curitiba
Belo Horizonte
Medellin|Medellín
Cartagena
Guadalajara
Monterrey
Port Sudan
Omdurman
Benghazi
Marrakesh|Marrakech
Mombasa
Durban
Port Harcourt
Kano
Douala
Brisbane
Perth
Adelaide
Hobart
Minneapolis
Denver
Austin
San Diego
Anchorage
Honolulu
Jeddah
Istanbul
Denpasar
Lomé|Lome
Nagano
Sukkur
Larkana
Hyderabad
Surabaya
Medan
Kuching
Penang|George Town
Ouagadougou
Nouakchott
Andorra la Vella
Porto-Novo
La Paz
Bandar Seri Begawan
San José|San Jose
Santo Domingo
San Salvador
Guatemala City
Port-au-Prince
Port Louis
Panama City
Port Moresby
São Tomé|Sao Tome
Port of Spain
Port Vila
Nassau
Bridgetown
Belmopan
Thimphu
Gaborone
Gitega
Bujumbura
Praia
Yaoundé|Yaounde
Bangui
N'Djamena|Ndjamena
Brazzaville
Yamoussoukro
Nicosia
Roseau
Dili
Malabo
Asmara
Mbabane
Suva
Libreville
Banjul
Conakry
Bissau
Georgetown
Tegucigalpa
Reykjavík|Reykjavik
Kingston
Tarawa
Vientiane
Maseru
Monrovia
Vaduz
Antananarivo
Lilongwe
Valletta
Majuro
Palikir
Chișinău|Chisinau
Ulaanbaatar|Ulan Bator
Maputo
Windhoek
Managua
Asunción|Asuncion
Basseterre
Castries
Apia
Freetown
Honiara
Bloemfontein
Juba
Colombo
Paramaribo
Dodoma
Nuku'alofa
Funafuti
Sana'a|Sanaa
Lusaka
Hargeisa
Nuuk
Tórshavn|Torshavn
Nouméa|Noumea
Papeete
";

/// Regions, continents, seas, straits, rivers and other natural or political areas.
const REGIONS: &str = "
Europe
Asia
Africa
North America
South America
Latin America
Central America
Middle East|Mideast
Near East
Far East
Eastern Europe
Western Europe
Central Europe
Southern Europe
Northern Europe
Central Asia
East Asia
Southeast Asia
South Asia
Eurasia
Oceania
Scandinavia
Balkans|the Balkans
Baltics|Baltic states
Caucasus|South Caucasus|North Caucasus
Sahel
Horn of Africa
Maghreb
Levant
Arctic
Antarctica|Antarctic
Siberia
Crimea
Donbas|Donbass
Gaza|Gaza Strip
West Bank
Golan Heights|Golan
Sinai
Kurdistan
Kashmir
Tibet
Xinjiang
Catalonia|Catalunya|Cataluña
Scotland
Wales|Cymru
England
Northern Ireland
Bavaria
Chechnya
Dagestan
Transnistria
Abkhazia
South Ossetia
Nagorno-Karabakh|Karabakh
Kosovo
Greenland
Puerto Rico
Guam
Macau|Macao
New Caledonia
French Polynesia
Bermuda
Gibraltar
Aruba
Curaçao|Curacao
North Kivu
South Kivu
Ituri
Katanga
Haut-Katanga
Lualaba
Kasaï|Kasai
Kongo Central
Équateur|Equateur
Kwilu
Tshopo
Maniema
Alaska
Hawaii
California
Texas
Florida
New Jersey
Pennsylvania
Ohio
Michigan
Illinois
Virginia
North Carolina
South Carolina
Massachusetts
Arizona
Nevada
Oregon
Colorado
Minnesota
Wisconsin
Iowa
Kentucky
Tennessee
Louisiana
Alabama
Mississippi
Missouri
Kansas
Nebraska
Oklahoma
Utah
Idaho
Montana
Wyoming
Maine
Vermont
Connecticut
Maryland
Delaware
Indiana
New Mexico
North Dakota
South Dakota
Arkansas
West Virginia
Rhode Island
New Hampshire
Quebec
Ontario
British Columbia
Alberta
Black Sea
Mediterranean|Mediterranean Sea
Baltic Sea|Baltic
Red Sea
Caspian Sea|Caspian
Aegean Sea|Aegean
North Sea
Norwegian Sea
Barents Sea
Adriatic Sea|Adriatic
Ionian Sea
Sea of Azov|Azov Sea
Sea of Marmara|Marmara Sea|Marmara
Sea of Japan|East Sea
South China Sea
East China Sea
Yellow Sea
Arabian Sea
Caribbean|Caribbean Sea
Atlantic|Atlantic Ocean
Pacific|Pacific Ocean
Indian Ocean
Arctic Ocean
Southern Ocean
Bosphorus|Bosporus|Bosphorus Strait|Bosporus Strait
Dardanelles
Turkish Straits
Kerch Strait
Strait of Hormuz|Hormuz
Strait of Gibraltar
Strait of Malacca
Taiwan Strait
Bab el-Mandeb|Bab al-Mandab
English Channel
Persian Gulf|Gulf|Arabian Gulf
Gulf of Mexico
Gulf of Aden
Gulf of Oman
Gulf of Finland
Suez Canal
Panama Canal
Danube
Dnipro River|Dnieper|Dnieper River
Volga
Don River
Rhine
Elbe
Thames
Seine
Nile
Euphrates
Tigris
Jordan River
Yangtze
Mekong
Ganges
Indus
Amazon River
Amazon|Amazon rainforest|Amazonia
Blue Nile
White Nile
Vistula
Oder
Po River
Loire
Tagus
Ebro
Dniester
Yenisei
Amur
Orinoco
Parana River|Paraná River
Zambezi
Congo River
Niger River
Limpopo
Murray River
Hudson River
Potomac
Colorado River
Ohio River
Missouri River
St. Lawrence|Saint Lawrence
Yellow River
Pearl River
Brahmaputra
Irrawaddy
Jordan Valley
Mississippi River
Rio Grande
Alps
Himalayas
Urals|Ural Mountains
Carpathians
Sahara
Sindh
Punjab
Balochistan
Khyber Pakhtunkhwa
Bali
Sumatra
Borneo
Sulawesi
Johor
Selangor
Sabah
Sarawak
Negeri Sembilan
Minas Gerais
Bahia
Amazonas
Rio Grande do Sul
Manitoba
Saskatchewan
Nova Scotia
New Brunswick
Newfoundland and Labrador|Newfoundland
Prince Edward Island
Yukon
Northwest Territories
Nunavut
New South Wales
Queensland
Western Australia
South Australia
Tasmania
Northern Territory
Saxony|Sachsen
Brandenburg
Baden-Württemberg|Baden-Wurttemberg
Hesse|Hessen
Lower Saxony|Niedersachsen
North Rhine-Westphalia|Nordrhein-Westfalen
Rhineland-Palatinate
Saarland
Schleswig-Holstein
Thuringia|Thüringen
Saxony-Anhalt
Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern
Brittany|Bretagne
Normandy|Normandie
Occitanie|Occitania
Provence
Île-de-France|Ile-de-France
Nouvelle-Aquitaine
Auvergne-Rhône-Alpes
Hauts-de-France
Burgundy|Bourgogne
Corsica|Corse
Alsace
Andalusia|Andalucía|Andalucia
Galicia
Basque Country|Euskadi
Castile and León|Castilla y León
Castilla-La Mancha
Aragon|Aragón
Asturias
Navarre|Navarra
Extremadura
Cantabria
Canary Islands
Balearic Islands
Lombardy|Lombardia
Tuscany|Toscana
Sicily|Sicilia
Sardinia|Sardegna
Piedmont|Piemonte
Veneto
Lazio
Campania
Calabria
Apulia|Puglia
Emilia-Romagna
Liguria
Umbria
Abruzzo
Uttar Pradesh
Maharashtra
Bihar
West Bengal
Tamil Nadu
Rajasthan
Karnataka
Gujarat
Andhra Pradesh
Odisha|Orissa
Telangana
Kerala
Jharkhand
Assam
Haryana
Chhattisgarh
Uttarakhand
Himachal Pradesh
Madhya Pradesh
Manipur
Meghalaya
Tripura
Nagaland
Mizoram
Arunachal Pradesh
Sikkim
Jammu and Kashmir
Ladakh
Tigray
Amhara
Oromia
Afar
Sidama
Gambela|Gambella
Harari
Benishangul-Gumuz
Guangdong
Sichuan
Yunnan
Hubei
Hunan
Henan
Hebei
Shandong
Jiangsu
Zhejiang
Fujian
Anhui
Jiangxi
Guangxi
Guizhou
Shaanxi
Shanxi
Gansu
Qinghai
Heilongjiang
Liaoning
Inner Mongolia
Hainan
Ningxia
Santa Catarina
Pernambuco
Ceará|Ceara
Pará
Goiás|Goias
Maranhão|Maranhao
Mato Grosso
Mato Grosso do Sul
Espírito Santo|Espirito Santo
Piauí|Piaui
Alagoas
Rondônia|Rondonia
Roraima
Chiapas
Oaxaca
Jalisco
Sonora
Chihuahua
Sinaloa
Michoacán|Michoacan
Veracruz
Tamaulipas
Nuevo León|Nuevo Leon
Coahuila
Zacatecas
Yucatán|Yucatan
Quintana Roo
Tabasco
Guanajuato
Baja California
Kano
Kaduna
Borno
Yobe
Adamawa
Oyo
Ogun
Ondo
Osun
Ekiti
Kwara
Kogi
Benue
Enugu
Anambra
Bayelsa
Akwa Ibom
Zamfara
Katsina
Sokoto
Kebbi
Bauchi
Gombe
Taraba
Nasarawa
Jigawa
Gauteng
KwaZulu-Natal
Western Cape
Eastern Cape
Northern Cape
Mpumalanga
Free State
Rift Valley
Luzon
Visayas
Mindanao
Samar
Eastern Samar
Northern Samar
Leyte
Panay
Bohol
Palawan
Mindoro
Maguindanao
Java
Kalimantan
Aceh
Maluku|Moluccas
Lombok
Central Java
East Java
West Java
North Sumatra
West Papua
East Nusa Tenggara
West Nusa Tenggara
Central Sulawesi
South Sulawesi
North Sulawesi
Koshi
Madhesh
Bagmati
Gandaki
Lumbini
Karnali
Sudurpashchim
Masovia|Mazovia
Silesia
Lower Silesia
Lesser Poland
Greater Poland
Pomerania
Hokkaido
Honshu
Kyushu
Shikoku
Okinawa
Anatolia
East Africa
West Africa
North Africa
Southern Africa
Central Africa
Sub-Saharan Africa
Western Balkans
South Pacific
North Atlantic
";

/// Adjectives of nationality or origin and the place they point to. `-` marks a group
/// adjective with no single place (Western, Arab), and a language's name, which is no
/// place either ("in Urdu, Sindhi and English").
const DEMONYMS: &str = "
Ukrainian|Ukraine
Russian|Russia
Turkish|Turkey
American|United States
British|United Kingdom
English|England
Scottish|Scotland
Welsh|Wales
Irish|Ireland
French|France
German|Germany
Italian|Italy
Spanish|Spain
Galician|Galicia
Catalan|Catalonia
Basque|Basque Country
Portuguese|Portugal
Dutch|Netherlands
Belgian|Belgium
Swiss|Switzerland
Austrian|Austria
Polish|Poland
Czech|Czechia
Slovak|Slovakia
Hungarian|Hungary
Romanian|Romania
Bulgarian|Bulgaria
Serbian|Serbia
Croatian|Croatia
Greek|Greece
Swedish|Sweden
Swede|Sweden
Swedes|Sweden
Dane|Denmark
Danes|Denmark
Spaniard|Spain
Spaniards|Spain
Briton|United Kingdom
Britons|United Kingdom
Dutchman|Netherlands
Frenchman|France
Englishman|England
Irishman|Ireland
Scotsman|Scotland
Welshman|Wales
Icelander|Iceland
Icelanders|Iceland
Norwegian|Norway
Danish|Denmark
Finnish|Finland
Estonian|Estonia
Latvian|Latvia
Lithuanian|Lithuania
Belarusian|Belarus
Moldovan|Moldova
Georgian|Georgia
Armenian|Armenia
Azerbaijani|Azerbaijan
Kazakh|Kazakhstan
Chinese|China
Japanese|Japan
Korean|Korea
North Korean|North Korea
South Korean|South Korea
Taiwanese|Taiwan
Indian|India
Pakistani|Pakistan
Afghan|Afghanistan
Iranian|Iran
Iraqi|Iraq
Syrian|Syria
Lebanese|Lebanon
Israeli|Israel
Palestinian|Palestine
Jordanian|Jordan
Saudi|Saudi Arabia
Qatari|Qatar
Emirati|United Arab Emirates
Yemeni|Yemen
Egyptian|Egypt
Libyan|Libya
Sudanese|Sudan
Ethiopian|Ethiopia
Kenyan|Kenya
Nigerian|Nigeria
South African|South Africa
Canadian|Canada
Mexican|Mexico
Brazilian|Brazil
Argentine|Argentina
Argentinian|Argentina
Venezuelan|Venezuela
Colombian|Colombia
Cuban|Cuba
Australian|Australia
Vietnamese|Vietnam
Thai|Thailand
Indonesian|Indonesia
Filipino|Philippines
Philippine|Philippines
Malaysian|Malaysia
Kyivan|Kyiv
Muscovite|Moscow
European|Europe
Asian|Asia
African|Africa
Soviet|-
Western|-
Eastern|-
Arab|-
Kurdish|-
Ottoman|-
Muslim|-
Islamic|-
Christian|-
Catholic|-
Orthodox|-
Jewish|-
Sunni|-
Shia|-
Slavic|-
Nordic|-
Baltic|-
Persian|-
Latin|-
Urdu|-
Hindi|-
Swahili|-
Kiswahili|-
Tagalog|-
Amharic|-
Bengali|-
Punjabi|-
Sindhi|-
Pashto|-
Farsi|-
Tamil|-
Arabic|-
Darija|-
Tamazight|-
Tashelhit|-
Kabyle|-
Dzongkha|-
Kriol|-
Creole|-
Papiamento|-
Papiamentu|-
Mandarin|-
Hokkien|-
Sundanese|-
Bislama|-
Telugu|-
Malayalam|-
Kannada|-
Marathi|-
Gujarati|-
Afrikaans|-
Sesotho|-
Setswana|-
Malay|-
Bahasa|-
Javanese|-
Cantonese|-
Hebrew|-
Yiddish|-
Esperanto|-
Gaelic|-
Romani|-
Quechua|-
Aymara|-
Guarani|-
Nahuatl|-
Tibetan|-
Tigrinya|-
Oromo|-
Wolof|-
Lingala|-
Kikongo|-
Shona|-
Saami|-
Inuit|-
Amazigh|-
Sinhala|-
Sinhalese|-
Mauritanian|Mauritania
Nigerien|Niger
Malian|Mali
Togolese|Togo
Burkinabe|Burkina Faso
Chadian|Chad
Nepali|Nepal
Nepalese|Nepal
Ghanaian|Ghana
Ivorian|Côte d'Ivoire
Senegalese|Senegal
Guinean|Guinea
Cameroonian|Cameroon
Congolese|-
Gabonese|Gabon
Angolan|Angola
Namibian|Namibia
Botswanan|Botswana
Zimbabwean|Zimbabwe
Zambian|Zambia
Malawian|Malawi
Mozambican|Mozambique
Tanzanian|Tanzania
Ugandan|Uganda
Rwandan|Rwanda
Burundian|Burundi
Somali|Somalia
Eritrean|Eritrea
Djiboutian|Djibouti
Moroccan|Morocco
Algerian|Algeria
Tunisian|Tunisia
Beninese|Benin
Liberian|Liberia
Sierra Leonean|Sierra Leone
Gambian|Gambia
Malagasy|Madagascar
Mauritian|Mauritius
Zulu|-
Xhosa|-
Yoruba|-
Igbo|-
Hausa|-
Bangladeshi|Bangladesh
Sri Lankan|Sri Lanka
Bhutanese|Bhutan
Burmese|Myanmar
Myanmarese|Myanmar
Cambodian|Cambodia
Laotian|Laos
Singaporean|Singapore
Bruneian|Brunei
Mongolian|Mongolia
Uzbek|Uzbekistan
Turkmen|Turkmenistan
Tajik|Tajikistan
Kyrgyz|Kyrgyzstan
Omani|Oman
Bahraini|Bahrain
Kuwaiti|Kuwait
Cypriot|Cyprus
Maltese|Malta
Icelandic|Iceland
Faroese|Faroe Islands
Greenlandic|Greenland
Luxembourgish|Luxembourg
Slovenian|Slovenia
Slovene|Slovenia
Bosnian|Bosnia and Herzegovina
Montenegrin|Montenegro
Albanian|Albania
Macedonian|North Macedonia
Kosovar|Kosovo
Scandinavian|-
Peruvian|Peru
Chilean|Chile
Bolivian|Bolivia
Ecuadorian|Ecuador
Paraguayan|Paraguay
Uruguayan|Uruguay
Guatemalan|Guatemala
Honduran|Honduras
Salvadoran|El Salvador
Nicaraguan|Nicaragua
Costa Rican|Costa Rica
Panamanian|Panama
Dominican|-
Haitian|Haiti
Jamaican|Jamaica
Puerto Rican|Puerto Rico
Trinidadian|Trinidad and Tobago
Guyanese|Guyana
New Zealander|New Zealand
Fijian|Fiji
Samoan|Samoa
Tongan|Tonga
Papua New Guinean|Papua New Guinea
Maori|-
Māori|-
Uyghur|-
Uighur|-
Pashtun|-
Baloch|-
Hispanic|-
Latino|-
Latina|-
Southeast Asian|-
Middle Eastern|-
North African|-
West African|-
East African|-
Central African|-
Southern African|-
Latin American|-
South American|-
Central American|-
North American|-
";

/// Institutions named by their seat, international bodies known by one word or acronym,
/// news agencies, and well-known firms named like a person ("Morgan Stanley", "Barry
/// Callebaut"), which a given name first would otherwise make one. Generic knowledge, not
/// the organisations of one story.
const INSTITUTIONS: &str = "
Kremlin
White House
Pentagon
Downing Street
Elysee|Élysée|Elysee Palace|Élysée Palace
Quai d'Orsay
Capitol Hill
Congress|US Congress|U.S. Congress
Senate
Duma|State Duma
Verkhovna Rada|Rada
Parliament
Knesset
Storting|Stortinget
Riksdag|Riksdagen
Folketing|Folketinget
Althing|Alþingi
Eduskunta
Sejm
Seimas
Saeima
Riigikogu
Sabor
Majlis|Majles
Loya Jirga
Jogorku Kenesh
Mazhilis
State Great Khural|Great Khural|Khural
Lok Sabha
Rajya Sabha
Jatiya Sangsad
Hluttaw
Nitijela
Olbiil Era Kelulau
Oireachtas
Dáil Éireann|Dáil|Dail
Seanad|Seanad Éireann
Bundesrat
Nationalrat
Landtag
Fono
Fale Alea
Bundestag
Reichstag
Legislative Yuan
Executive Yuan
Control Yuan
Judicial Yuan
Examination Yuan
Politburo
United Nations|UN|U.N.
European Union|EU|E.U.
NATO|North Atlantic Treaty Organization
European Commission
European Parliament
International Monetary Fund|IMF
World Bank
World Health Organization|WHO
World Trade Organization|WTO
OPEC
OSCE|Organization for Security and Co-operation in Europe
IAEA|International Atomic Energy Agency
International Criminal Court|ICC
International Court of Justice|ICJ
Red Cross|International Committee of the Red Cross|ICRC
Red Crescent
UNESCO
UNICEF
UNHCR
Interpol
Europol
G7|G-7
G20|G-20
ASEAN
BRICS
African Union|AU
Arab League
Gulf Cooperation Council|GCC
FBI
CIA
NSA
KGB
FSB
GRU
SBU
MI6
MI5
Mossad
Hamas
Hezbollah
Taliban
Houthis|Houthi
Islamic State|ISIS|ISIL
Al-Qaeda|al-Qaeda|Al Qaeda
Wagner|Wagner Group
Reuters
Associated Press|AP
Agence France-Presse|AFP
Bloomberg
Xinhua
TASS
RIA Novosti|RIA
Interfax
Anadolu|Anadolu Agency
BBC
CNN
NPR
Al Jazeera
Deutsche Welle|DW
Kyodo
Yonhap
Jiji Press|Jiji
Bernama
EFE
Europa Press
ANSA
Agência Lusa|Lusa
Agence Belga|Belga
ANP
dpa|DPA
Keystone-SDA
Ritzau
STT
PAP
ČTK|CTK
TASR
MTI
BTA
Agerpres
Tanjug
Ukrinform
UNIAN
BelTA
Kazinform
Armenpress
IRNA
ISNA
WAFA
QNA
KCNA
PTI
BSS
AAP
Canadian Press
Notimex
Télam|Telam
Prensa Latina
Agência Brasil
Samsung
Hyundai
Hanwha
Daewoo
POSCO
Hitachi
Panasonic
Toshiba
Nintendo
Mitsubishi
Tokyo Electron
Huawei
Alibaba
Tencent
Baidu
ByteDance
TikTok
Douyin
Foxconn
Infosys
Microsoft
Google
Facebook
Netflix
Airbnb
Nvidia
Qualcomm
Walmart
Carrefour
Unilever
Nestlé|Nestle
Danone
Carlsberg
Diageo
Volkswagen
Airbus
Embraer
Lufthansa
Qantas
Ryanair
Icelandair
Jetstar
Virgin Australia
Maersk|A.P. Moller-Maersk
Glencore
ArcelorMittal
Gazprom
Rosneft
Lukoil
Aramco|Saudi Aramco
ExxonMobil
Petrobras
Pemex
Sinopec
PetroChina
Equinor
Eskom
Transnet
Safaricom
Vodafone
Nokia
Alstom
Wärtsilä|Wartsila
Cemex
Pfizer
AstraZeneca
Novartis
Sanofi
KPMG
Deloitte
Accenture
HSBC
Barclays
BNP Paribas
Société Générale|Societe Generale
Deutsche Bank
Deutsche Bahn
Credit Suisse
Standard Chartered
Sotheby's
Morgan Stanley
Goldman Sachs
Charles Schwab
Merrill Lynch
Lehman Brothers
Edward Jones
Raymond James
Dow Jones
Thomson Reuters
Barry Callebaut
Louis Dreyfus
Philip Morris
John Lewis
Louis Vuitton
Christian Dior
Hugo Boss
Estée Lauder|Estee Lauder
Walt Disney
Michael Kors
Aston Martin
";

/// Common given names across languages: a weak signal that a capitalised pair with no
/// other cue is a person's full name. Never decisive on its own for a single token.
const GIVEN_NAMES: &str = "
John James Michael David Robert William Richard Joseph Thomas Tom Charles Christopher
Daniel Matthew Anthony Mark Donald Steven Steve Paul Andrew Joshua Kenneth Kevin Brian
George Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen
Larry Justin Scott Brandon Benjamin Samuel Frank Gregory Raymond Alexander Patrick Jack
Dennis Jerry Tyler Aaron Jose Henry Adam Douglas Nathan Peter Zachary Kyle Walter Harold
Jeremy Ethan Carl Keith Roger Gerald Christian Terry Sean Arthur Austin Noah Lawrence
Jesse Joe Bryan Billy Albert Dylan Bruce Gabriel Alan Juan Logan Wayne Ralph Roy Eugene
Randy Vincent Russell Louis Philip Bobby Johnny Bradley Mike Jim Bill Bob Dan Dave Chris
Matt Ben Sam Tim Nick Tony Rick Ted Ron Ken Greg Jeff Joel Hunter Barack Hillary Kamala
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty
Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah
Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda
Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth
Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan
Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Anne Teresa
Kathryn Sara Janice Jean Alice Abigail Julia Judy Grace Denise Amber Marilyn Beverly
Danielle Theresa Sophia Marie Diana Natalie Isabella Charlotte Rose Kate Jane Liz Sue
Vladimir Dmitry Dmitri Sergei Sergey Alexei Alexey Aleksei Andrei Andrey Mikhail Nikolai
Ivan Igor Oleg Yuri Yury Boris Viktor Victor Pavel Maxim Anatoly Yevgeny Evgeny Gennady
Valery Vyacheslav Konstantin Leonid Alexander Aleksandr Grigory Ramzan Roman Ilya Arkady
Olga Tatiana Tatyana Natalia Natalya Irina Svetlana Elena Yelena Yulia Maria Anastasia
Ekaterina Lyudmila Valentina Marina Oksana Olena Iryna Oleksandr Oleksiy Mykola Mykhailo
Petro Yuriy Taras Dmytro Vitali Vitaliy Vitaly Bohdan Denys Ihor Vasyl Viktoriia Yuliia
Mohammed Muhammad Mohamed Mohammad Ahmed Ahmad Ali Hassan Hussein Hussain Omar Khalid
Abdullah Mahmoud Mustafa Ibrahim Youssef Yousef Yusuf Fatima Aisha Layla Recep Mehmet
Ahmet Emine Ismail Salman Tamim Bashar Abdel Abdul Nabil Walid Samir Karim Rami Hamad
Benjamin Naftali Yair Isaac Moshe Avi
Emmanuel Jean Pierre Francois Marine Nicolas Jacques Michel Philippe Catherine Sophie
Olaf Friedrich Angela Hans Karl Klaus Wolfgang Ursula Annalena Frank-Walter Heinz Jurgen
Giorgia Mario Matteo Sergio Silvio Giuseppe Francesco Luca Marco Paolo Giovanni Antonio
Pedro Carlos Luis Javier Miguel Jorge Manuel Fernando Alberto Ricardo Eduardo Gustavo
Luiz Jair Nicolas Andres Claudia Gabriela Sebastian
Keir Rishi Boris Theresa Liz Gordon Tony Justin Pierre Jacinda Scott Malcolm Narendra
Rahul Amit Raj Priya Imran Nawaz Shehbaz Xi Li Wang Kim Shinzo Fumio Yoshihide Jae
Recep Viktor Andrzej Mateusz Donald Petr Robert Alexander Volodymyr Maia Nikol Ilham
Kassym-Jomart Alexander Lukas Jens Mark Mette Ulf Sanna Petteri Alar Kaja Gitanas Edgars
Antony Lloyd Jake Jake Lindsey Mitch Chuck Nancy Kevin Mike Ron Elon Jeff Bill Warren Tim
Sundar Satya Marc Larry Sergey Jack
Giorgos Yiorgos Georgios Yannis Yiannis Giannis Ioannis Kostas Konstantinos Dimitris
Dimitrios Nikos Nikolaos Panagiotis Christos Vasilis Vassilis Kyriakos Alexis Stavros
Spyros Thanasis Manolis Petros Eleni Sofia Sophia Maria Katerina Ioanna Despina Dimitra
Georgia Vasiliki Anastasios Athanasios Evangelos Michalis Andreas Theodoros Ilias
Mehmet Mustafa Ahmet Ali Hasan Huseyin Ibrahim Murat Emre Can Cem Burak Serkan Kemal
Hakan Osman Ismail Yusuf Orhan Erdal Levent Volkan Ozan Tolga Baris Selim Cengiz Emir
Ayse Fatma Zeynep Elif Emine Hatice Merve Esra Ozlem Gul Seda Ebru Deniz Derya Sibel Tugba
Joao Paulo Pedro Tiago Rodrigo Rui Nuno Bruno Andre Vitor Ricardo Goncalo Duarte Miguel
Antonio Luis Fernando Marcelo Luiz Inacio Jair Renan Diogo Afonso Joana Ana Ines Beatriz
Mariana Catarina Rita Marta Luisa Leonor Teresa Fernanda Luciana Camila Larissa Adriana
Alvaro Alejandro Pablo Sergio Raul Diego Javier Jaime Ignacio Gonzalo Alfonso Santiago
Mateo Francisco Rafael Enrique Ramon Carmen Pilar Lucia Elena Isabel Rocio Dolores Marisol
Claire Elise Camille Chloe Manon Julien Mathieu Thierry Laurent Olivier Yannick
Nathalie Valerie Sandrine Celine Aurelie Amelie Helene Francoise Brigitte
Sebastien Guillaume Antoine Benoit Bruno Didier Gerard Herve Pascal Remi Yves Xavier
Giulia Chiara Francesca Alessandro Lorenzo Stefano Davide Federico Massimo Roberto Enrico
Anneke Mirjam Hendrik Henk Jan Pieter Joost Maarten Willem Sander Bram Sanne Femke Lotte
Annemarie Ingrid Johan Lars Anders Erik Sven Nils Magnus Bjorn Astrid Karin Sigrid
Jurgen Stefan Stephan Tobias Matthias Markus Dieter Uwe Gunther Heike Petra Sabine Jutta
Kristina Nikolay Nikolai Georgi Dimitar Krasimir Ivaylo Todor Boyko Rumen Plamen Hristo
Krzysztof Piotr Tomasz Pawel Marcin Agnieszka Katarzyna Malgorzata Jakub Wojciech
Prakash Lakshmi Anand Praveen Rajesh Suresh Ramesh Sanjay Vijay Arun Ravi Anil
Sunil Deepak Ashok Manoj Vikram Arjun Rohan Aditya Kiran Sunita Anjali Pooja Neha Kavita
Shreya Divya Meera Asha Nirmala Smriti Amitabh Mukesh Gautam Ratan Ajit Harish Venkat
Abdulaziz Faisal Saud Fahad Turki Nasser Majid Tariq Hamid Rashid Yasser Hisham Amr
Jean-Pierre Jean-Claude Jean-Marie Joseph-Marie Bertrand Kwame Kofi Ama Akua
Aicha Fatou Moussa Mamadou Ousmane Ibrahima Abdoulaye Amadou Cheikh Aminata Mariam
Oluwaseun Chinedu Emeka Ngozi Chidi Babajide Bola Tunde Yemi Uche Jomo Uhuru William
Jacob Cyril Thabo Nelson Julius Yoweri Paul Felix Denis Emmerson Hage Samia Abiy
Hye-jin Min-jun Seo-yeon Ji-hoon Hyun-woo Ji-woo Soo-jin Jae-in Yoon Suk-yeol
Wei Jing Hui Ling Yan Lei Jun Fang Xiaoming Haruto Yuki Hiroshi Takashi Kenji
Akira Yoko Keiko Naoko Shigeru Taro
abdulrahman abdullahi abdou abebe abena abiodun abimbola aboubacar achieng adaeze adama
adamu adebayo adebola adekunle ademola adeola adewale adolfo adrián adrien agustín aïcha
aissatou akosua alassane alejandra alessandra alexandre alfredo alhassan alicia alison
alisha alma alois amaka amara amina aminu amparo anabel andrés ángel angélica anita
annette anwar aoife apolline armando arnaud arturo aryan asif aurélie awa ayesha ayodele
bakary baraka bartosz béatrice benedict benoît bernard bernardo bilal bimal binta bogdan
bongani boubacar busisiwe carine carmela catalina cécile celestine chiamaka
chinonso chioma chinwe christophe ciara cristina cristian dagmar dalia damilola daniela
danuta dariusz darlene daudi dawit delphine demetrius desmond dieudonné dimitri diya
dominika duc dumisani ebenezer edwin efua eliane emilio erasto ernesto esperanza esther
eugène eun-ji fabián fabrice fadi fatoumata felipe femi fidèle fionnuala florian
folake francisca françois funmilayo gareth gaston geneviève germán gilberto goran gráinne
grzegorz guadalupe guillermo habib hadiza hakim halima hamza hana héctor helga hemant
hugo idris ifeanyi ifeoma ikechukwu ilse inès jabu jamal janusz jaroslav
jean-baptiste jean-françois jean-luc jean-marc jean-paul jesús jin joaquín joaquin
josé josefina julián juliana jürgen kaito kalinda kamal karina kateryna kemi khadija kojo
kwabena kwadwo kwaku kwasi laila leila lena leticia liam lindani lindiwe luc lucía lwazi
magdalena malak małgorzata manuela marcela margarita martín matías mauricio mihai
milagros milica minh mthunzi musa nadia nadine naledi nanami nikhil nkechi nomvula
nomsa obinna olumide oumar patrice paula pradeep ramón raúl refilwe renata
rocío rosa rukhsana salif salma samira sebastián segun shanthi sibusiso sipho
siobhán sofía soledad somchai stanislav sylvie tadeusz tamara thandiwe themba tomás umar
uchenna usha valeria vanessa víctor vusi wanjiru xiao yasmin yaw yesenia yolanda zainab
zanele zodwa zoltán alasdair angus catriona eilidh fraser hamish iain isla kirsty morag
murdo niamh seamus sinead siobhan padraig pádraig tadhg eoin oisín orla aisling caoimhe
cian conor declan
florence ross lorna fiona doris edith harriet violet stella vera wendy yvonne agnes bridget colin craig derek duncan ewan fergus gavin graham hugh ian neil nigel rory stuart trevor clive
ray jimmy tommy danny ed max alex andy pete luke
andré rene rené saule rokhaya babacar alioune oystein øystein ercole vittorio domenica
";

/// Title and role words that can name what a person is (president, minister, aide...).
const TITLE_HEADS: &str = "
president vice-president president-elect premier minister secretary secretary-general
vice-chairman vice-chairwoman vice-chair vice-governor vice-mayor vice-minister vice-rector
vice-captain vice-chancellor vice-premier vice-admiral vice-dean vice-speaker
spokesperson spokesman spokeswoman envoy ambassador aide aides adviser advisor chief
judge justice prosecutor attorney lawyer ceo cfo coo cto chairman chairwoman chairperson
chair senator sen. congressman congresswoman representative rep. governor gov. mayor king
queen prince princess emperor ruler chieftain pope cardinal archbishop bishop rabbi imam cleric sheikh
emir sultan ayatollah general gen. colonel col. lieutenant lt. captain capt. commander
admiral adm. marshal sergeant sgt. officer director director-general head leader
chancellor speaker commissioner delegate diplomat negotiator official mediator founder
co-founder executive manager editor correspondent reporter analyst economist professor
villager resident witness passenger driver student pensioner retiree shopkeeper vendor
labourer laborer neighbour neighbor colleague comrade prof. dr. prof dr doctor mr. mrs. ms. mr mrs ms sir dame lord lady mp lawmaker legislator
councillor councilor deputy candidate nominee hopeful counsel coach journalist activist
researcher scientist historian author writer owner boss chief-of-staff superintendent
sheriff inspector detective pastor priest father nun rev. reverend patriarch metropolitan
ombudsman auditor treasurer governor-general premier viceroy regent crown secretary-of-state
counterpart fellow trustee strategist agent midfielder striker forward defender
goalkeeper player nurse surgeon physician engineer pilot miner firefighter
lt gen maj brig col capt adm cdr sgt cpl insp supt datuk dato dato' datin tunku tengku
co-chair businessman businesswoman entrepreneur tycoon billionaire magnate banker investor
financier industrialist ratu alhaji alhaja haji hajji shri smt mullah oba ooni
mahant swami sadhvi maulana gogo eng. insp. forecaster controller jesuit friar monk missionary
cinematographer actor actress filmmaker composer photographer novelist poet musician
dancer comedian presenter farmer teacher lecturer headmaster headteacher rector registrar
commentator campaigner protester convener magistrate barrister solicitor notary defendant
plaintiff petitioner suspect detainee skipper climber mountaineer athlete cyclist swimmer
boxer referee umpire fisherman survivor welder electrician plumber mechanic machinist
bricklayer seamstress janitor docker stevedore cashier waiter waitress housekeeper caregiver
carer midwife paramedic pharmacist dentist veterinarian architect accountant herder
rancher boatman ferryman cabbie jockey sprinter marathoner runner-up
pianist violinist cellist guitarist specialist therapist lobbyist columnist artist linguist
physicist botanist surveyor designer constable trooper warden curator advocate doña
winger full-back fullback centre-back center-back wing-back playmaker keeper
weyzero woizero dcp dsp igp dgp acp ssp asp commodore khun pak bapak ibu
taoiseach tanaiste td comhairle otunba engr engr. msp mla mep mpp principal
recorder clerk councilmember councilwoman councilman assemblyman assemblywoman
assemblymember alderman alderwoman selectman assessor coroner comptroller hon.
undersecretary under-secretary scrutineer
chef milliner jeweller jeweler sculptor florist dj songwriter soprano tenor baritone ballerina
choreographer playwright screenwriter illustrator cartoonist gallerist socialite heiress
philanthropist producer organiser organizer schoolteacher
spinner batter batsman wicketkeeper wicket-keeper all-rounder opener paceman seamer
quarterback pitcher shortstop outfielder
widow widower champion rider sister madam madame undersheriff valedictorian salutatorian omanhene
collector kukpi7 reader viewer listener subscriber commuter shopper atty atty.
adv adv. matua whaea newsreader announcer member members
daw hojatoleslam seyed seyyed sayyid sor sardar maulvi mawlawi serigne venerable ven. ven
samdech oknha andriamatoa ramatoa maître maitre cllr cllr.
veteran coordinator co-ordinator landowner landlord
kyrios kyria pani pan
fr fr. bro bro. deacon pc dci dsi msgr msgr. monsignor canon vicar chaplain sr.
uncle aunty auntie reb rebbe kak kaka mam
hajiya malam mallam mma rra kgosi lalla moulay dasho aum mener tanchi tziu ziu
hajah pengiran awang dayang deaconess ichie lolo iroij ibedul auctioneer
hagg hagga hajja
seller hawker hairdresser grazier herdsman
mzee mwalimu abba abuna abune herr frau señor señora senhor senhora signor signora
monsieur mademoiselle
";

/// Words that qualify a title without being one (former, deputy, foreign, defense...).
const TITLE_MODIFIERS: &str = "
former ex then late acting interim deputy vice principal senior special chief top first
lead foreign defense defence interior home finance economy economic trade justice health
energy education culture agriculture environment transport labour labor prime
presidential state national security intelligence military press communications
executive general assistant associate permanent incoming outgoing cabinet grand supreme
high delegation team government opposition party army navy police ruling majority
minority house senate affairs veterans homeland treasury commerce public media
information digital infrastructure development social emergency emergencies sport sports
tourism science technology defence-ministry ministry department office council agency
committee commission union kremlin pentagon white chief-executive group company bank
peace negotiating campaign election parliamentary regional district federal provincial
municipal city county local central human rights humanitarian policy research managing
strategic operations staff joint armed forces air naval land ground ceann divisional
territorial
";

/// Head words that end an organisation's name (Ministry, Council, Inc....).
const ORG_HEADS: &str = "
ministry department council agency commission committee union court parliament assembly hub
securities holdings holding works forum
congress senate bank party office inc. inc corp. corp ltd ltd. llc plc co. company group
corporation association federation foundation institute university college school
organization organisation fund authority service services bureau board army navy
forces guard police government administration cabinet secretariat alliance coalition
front movement network news times post journal herald tribune gazette telegraph observer courier
chronicle press radio television tv broadcasting media club league church mission
delegation brigade battalion regiment division corps command directorate inspectorate
tribunal chamber academy society trust industries holdings airlines airways railways
motor motors systems technologies labs partners capital bureau lines programme program
facility enterprises enterprise pharmaceuticals pharma research economics
analytics consulting insights therapeutics biotech
force terminals cooperative co-operative limited incorporated fm patrol railway
farmaceutici laboratori laboratories sons brothers associates shipping logistics transit minerals
mining mines resources daily orchestra philharmonic choir ensemble collective wire
institut institutet instituttet universitet universiteit microelectronics electronics foods chemicals petroleum petrochemicals insurance telecom telecoms communications
semiconductor semiconductors textiles cement beverages aerospace automotive appliances
shipbuilding electric newswires newswire municipality coatings paints dairies breweries
distilleries mills garments apparel plantations fertilisers fertilizers ventures
ledger monitor watch exchange jury weekly monthly quarterly bulletin operators review
hermanos irmãos fratelli frères
beacon mirror advertiser enquirer inquirer dispatch despatch sentinel clarion argus gleaner
bugle
";

/// Trades a firm's name may end in ("Belvan Marine", "Vantor Air", "Brelling
/// Restructuring"). They head a body's name like `ORG_HEADS`, but they are also the fields
/// a name lists ("Marine and Freshwater Research Institute"), and a firm named for its
/// owner keeps its trade in a short form ("Okello Freight", not the founder's "Okello").
/// None is a common surname: Power, Steel and Land are left out ("Samantha Power").
/// Japanese firms' trades are among them ("Hayashida Kaiun", a shipping line).
const SECTORS: &str = "
oil gas marine air aviation restructuring advisory advisers advisors solutions realty
properties developments investments healthcare freight cargo engineering construction
builders agro farms software studios pictures films records entertainment publishing
cosmetics jewellers finance financial leasing networks diagnostics supermarkets hotels
resorts rail
surveyors inspection haulage hauliers trucking couriers auditors accountants consultants
contractors charters practitioners ferries
kaiun kisen shoji sangyo kogyo shimpo shimbun kotsu zosen seiyaku denki kensetsu ginko
";

/// Letters after a person's name for a rank, honour or office ("Gráinne Roe SC", "Ann Roe
/// MP", "Sir John Roe KBE"): not part of the name.
const POST_NOMINALS: &str = "
kc qc sc pc mp mep msp mla mpp td obe mbe cbe kbe dbe frs esq san
mlc mhr mna frcs frcp dds kcb qpm dfc gcb cvo lvo
";

/// Companies' legal forms: they end a company's name ("Hartung GmbH", "Vartec SA"), and
/// nothing after them belongs to it ("Hartung GmbH of Leipzig").
const LEGAL_FORMS: &str = "
gmbh ag sa s.a. sarl sas sl slu spa s.p.a. srl nv n.v. bv b.v. asa ab oy oyj bhd berhad
pty pte llp kft zrt s.r.o. a/s kk ehf ehf. hf hf. pvt
a.s. a.ş. d.o.o. ltda s.r.l. s.a.s. jsc pjsc ojsc cjsc
";

/// Words that close a sports club's name: its form ("FC", "United", "Rovers") or a team's
/// plural nickname ("Sharks", "Flyers"). Not "Bulls": Lakota surnames end so ("Two Bulls").
/// Also organisations' head words.
const TEAM_WORDS: &str = "
fc afc united rovers wanderers albion hotspur
sharks flyers tigers lions eagles hawks falcons panthers rangers warriors titans
jets pirates raiders dolphins stallions leopards cheetahs crocodiles buffaloes
queens stars giants cobras vipers bulldogs gunners strikers magpies
";

/// Lowercase nouns that describe an organisation: "port operator HHLA", "analysts at X".
const ORG_NOUNS: &str = "
company group firm lender bank operator website union carrier insurer broker maker
manufacturer carmaker automaker retailer airline conglomerate startup giant regulator
watchdog party association newspaper broadcaster outlet agency exchange fund consultancy
investor bloc alliance charity organisation organization think-tank institute university
platform network provider producer supplier developer publisher chain brand subsidiary
shipper exporter importer utility miner refiner trader contractor laboratory daily
tabloid magazine channel militia faction coalition club movement drugmaker
bookmaker streamer chipmaker telco shipbuilder distributor studio
band duo trio quartet quintet troupe
";

/// Lowercase nouns after a name that make it a facility ("Sheraton Addis hotel").
const FACILITY_NOUNS: &str = "
hotel palace building terminal compound residence airfield airport stadium headquarters
complex base port dam bridge plant hospital prison courthouse centre center venue hall
mansion villa embassy consulate museum arena station refinery factory mine colliery
pit campus clinic shipyard warehouse depot
";

/// Lowercase nouns after a name that make it a place ("Pará state", "Arauca province").
const PLACE_NOUNS: &str = "
state province region district county city town village island river valley
neighbourhood neighborhood suburb municipality oblast governorate prefecture canton
hamlet regency parish
dzongkhag gewog upazila tehsil taluka taluk woreda kebele wilaya wilayah aimag soum raion rayon
voivodeship okrug barangay amphoe tambon
states provinces regions districts counties parishes municipalities prefectures
";

/// Head words of place names: "Wawel Hill", "Plaza de Bolívar", "Lake Geneva".
const PLACE_HEADS: &str = "
hill hills square plaza piazza lake mount mountain mountains river valley island islands
bay peninsula strait sea gulf coast desert forest canyon glacier town
plateau atoll
province region district county oblast pradesh krai tanjung teluk pulau bukit sungai kampung
kampong
bazar
dzongkhag gewog upazila tehsil taluka taluk woreda kebele wilaya wilayah aimag soum raion rayon
voivodeship okrug barangay amphoe tambon
";

/// All-capital abbreviations that are not organisations.
const PLAIN_ACRONYMS: &str = "
GDP GNP CPI PPI VAT LNG LPG AI EV EVS IPO ETF HIV AIDS COVID OK TV PM AM MP MPS CEO CFO COO
CTO DNA PhD ID IDS PR USB GPS SUV FAQ UK US USA UAE EU UN ASAP DIY FYI NB PS RSVP NYSE
FTSE ESG CO2 PDF IT HR BC AD
GMT UTC CET CEST EET EEST BST EST EDT CST CDT PST PDT WIB WITA ET PT IST JST KST HKT SGT AEST
AEDT
END ENDS LEAD UPDATE URGENT REFILE CORRECTED
CCTV ATM SMS NGO HQ
GK DF MF FW
";

/// Head words that end a facility's name (Palace, Airport, Embassy...).
const FACILITY_HEADS: &str = "
palace hotel airport building tower towers center centre stadium arena hall courthouse
embassy consulate base station port harbor harbour bridge dam plant factory refinery
prison jail hospital museum cathedral mosque temple monastery castle fortress
mall terminal complex camp headquarters barracks mansion residence theatre theater
library gate memorial monument pavilion villa lodge estate mine pipeline reactor
shipyard airfield airbase compound cemetery casa palacio palais palazzo parque schloss
castillo quinta fort campus hopital hospital hospitale ospedale krankenhaus klinikum
klinik estadio stadio stade stadion aeroporto aeropuerto aeroport flughafen castello
chateau palacio palacete palau colliery barrage weir teatro muelle steelworks ironworks resort
street avenue boulevard road highway motorway expressway rue route avenida calle rua jalan
way market ballroom salai marg straat ulitsa caddesi utca grandstand
racecourse racetrack showground showgrounds velodrome speedway lighthouse paseo
strada oval
quay quays wharf parade prospekt turnpike chancellery jetty esplanade promenade warehouse
marae astrodome eglise gare musee museo basilica basilique auditorium buildings
marg causeway ghat bhawan bhavan drive crescent superhighway mortuary gym gymnasium
bulevardul ulica straße strasse lycée lycee école ecole escuela colegio liceo
wat cinema cineplex multiplex bulevar triq carrer rruga mawatha
";

/// Words that open an organisation's name: sports clubs' abbreviations ("FC Porto",
/// "AC Milan", "VfB Stuttgart"), generic foreign heads ("Banco Santander") and the public
/// offices of Romance-language states ("Fiscalía General", "Conselho Nacional").
const ORG_PREFIXES: &str = "
fc afc cf sc ac as ss ssc fk nk sk hnk vfb vfl tsv sv fsv tsg spvgg bk ik rcd cd ud sd club bank banco grupo groupe
gruppo banque société compagnie daily radio channel kanal tv laboratori laboratorios
laboratoires federación confederación asociación sindicato compañía empresa corporación
fundación instituto universidad ministerio partido minera federação confederação associação
fundação universidade ministério companhia mineração fédération confédération syndicat
institut université ministère federazione associazione sindacato fondazione università
ministero partito verband stiftung gewerkschaft ministerium universität
atlético atletico deportivo deportiva independiente estudiantes olympique dinamo
dynamo lokomotiv equipo construcciones inversiones industrias transportes
établissements etablissements ets yeshiva madrasa madrassa coopérative cooperativa
unión sportivo racing sporting studio agencia agência agence agenzia diario diário jornal revista
defensoría defensoria fiscalía fiscalia contraloría contraloria procuraduría procuraduria
superintendencia secretaría juzgado procura comisión comision comissão commissione consejo
conselho consiglio conseil junta municipalidad prefeitura alcaldía alcaldia gobernación
gobernacion intendencia policía policia polícia polizia ejército ejercito senado
congreso congresso asamblea assembleia assemblée parlamento autoridad autoridade oficina
servicio serviço servizio dirección direccion direção direzione statistics
viação transportadora irmãos hermanos
";

/// Roles an organisation has as well as a person ("the club's chief executive", "TTK's
/// general manager"): owning one says nothing about the owner's kind.
const CORPORATE_ROLES: &str = "
executive ceo cfo coo cto chairman chairwoman chairperson chair director director-general
manager coach owner founder co-founder head officer editor correspondent reporter analyst
economist auditor treasurer trustee player striker midfielder forward defender goalkeeper
engineer nurse president vice-president spokesperson spokesman spokeswoman secretary
secretary-general counsel board leader leaders sister
";

/// Sentence-initial or headline words that are never names on their own.
const STOP_WORDS: &str = "
anyone everyone someone nobody everybody somebody anybody
a an the this that these those there here it its it's he she they we you i me him her
i'm i'd i've i'll i’m i’d i’ve i’ll
them us our your their his my mine and or but nor so yet for if then than when while
where why how what which who whom whose because although though however despite
whatever whoever whichever wherever whenever whereas
initially meanwhile moreover furthermore nevertheless nonetheless instead also still
even just only already again yet once twice after before during since until unless
about above across against along among around as at by down from in into near of off on
onto out over past through to toward towards under up upon with within without
following according asked speaking meanwhile live breaking update updated watch read
more most many much some any all both each every either neither no not none other
another such same own several few less least first second third last next new old
said says say told tells added asked noted stated warned according reportedly
yes no well now today tonight yesterday tomorrow earlier later soon finally
currently recently previously eventually ultimately overall indeed perhaps maybe
meanwhile nonetheless additionally similarly likewise thus hence therefore
source sources photo photos video image images getty credit caption file reporting
editing writing advertisement sponsored related topics share comments subscribe
sign log login register contact privacy terms cookies menu home search desk
leave reply required email name website about author record label follow click
is are was were be been being has have had do does did will would shall should can
could may might must let lets
published
mr mrs ms dr
despite although unlike like whether
half most some all top
";

/// Weekdays, months and parts of the day.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

static PLACES: LazyLock<FastMap<String, &'static str>> = LazyLock::new(|| {
    let mut map = alias_table(COUNTRIES);
    for (k, v) in alias_table(CITIES) {
        map.entry(k).or_insert(v);
    }
    for (k, v) in alias_table(REGIONS) {
        map.entry(k).or_insert(v);
    }
    for (k, v) in alias_table(WORLD_PLACES) {
        map.entry(k).or_insert(v);
    }
    map
});

/// Cities of about 150,000 people or more, provincial capitals, the first-level divisions
/// of most countries, and rivers, lakes, ranges, islands and seas, in English news spelling
/// (other spellings after `|`). Written from world data by someone who saw none of the test
/// sets; names that are also common given names, surnames or words were left out, and a
/// test keeps them apart from the other tables.
const WORLD_PLACES: &str = include_str!("world_places.txt");

/// The spellings only the world place list knows: towns and provinces that are often
/// surnames too ("Mr. Chiba", "Coach Salerno"), unlike countries and capitals.
static WORLD_ONLY: LazyLock<FastSet<String>> = LazyLock::new(|| {
    let core: FastSet<String> = [COUNTRIES, CITIES, REGIONS]
        .into_iter()
        .flat_map(|table| alias_table(table).into_keys())
        .collect();
    alias_table(WORLD_PLACES)
        .into_keys()
        .filter(|k| !core.contains(k))
        .collect()
});

/// Whether a folded word names a kind of division a place's name can end in: "Lagos
/// State", "Shizuoka Prefecture", "Madhesh Province".
pub fn is_division(folded: &str) -> bool {
    matches!(
        folded,
        "state" | "prefecture" | "governorate" | "regency" | "province" | "oblast"
    )
}

/// Whether a folded spelling is a place only the world place list knows.
pub fn is_world_place(folded: &str) -> bool {
    WORLD_ONLY.contains(folded)
}

static INSTITUTION_TABLE: LazyLock<FastMap<String, &'static str>> =
    LazyLock::new(|| alias_table(INSTITUTIONS));

static DEMONYM_TABLE: LazyLock<FastMap<String, &'static str>> = LazyLock::new(|| {
    // Unlike the alias tables, a line maps its first word to its second only.
    DEMONYMS
        .lines()
        .filter_map(|line| line.trim().split_once('|'))
        .map(|(demonym, place)| (fold(demonym), place))
        .collect()
});

/// The folded words (and word runs) that open a longer place or institution spelling:
/// every key's text before one of its spaces or commas.
static PHRASE_OPENERS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    PLACES
        .keys()
        .chain(INSTITUTION_TABLE.keys())
        .flat_map(|key| {
            key.char_indices()
                .filter(|&(_, c)| c == ' ' || c == ',')
                .map(|(at, _)| key[..at].to_string())
        })
        .collect()
});

/// Common given names of about eighty language areas, one per line, in the ASCII spelling
/// English-language news uses and, where a name has them, with its diacritics; none of them
/// also a common English word (with or without its diacritics: "Hồng" would make "Hong
/// Kong" a person), a place, a month or a title (the test below keeps them apart from the
/// other tables). Written from general knowledge, without sight of any test set.
const WORLD_GIVEN_NAMES: &str = include_str!("given_names.txt");

static POST_NOMINAL_SET: LazyLock<FastSet<String>> = LazyLock::new(|| word_set(POST_NOMINALS));
static LEGAL_FORM_SET: LazyLock<FastSet<String>> = LazyLock::new(|| word_set(LEGAL_FORMS));
static ORG_NOUN_SET: LazyLock<FastSet<String>> = LazyLock::new(|| word_set(ORG_NOUNS));
static FACILITY_NOUN_SET: LazyLock<FastSet<String>> = LazyLock::new(|| word_set(FACILITY_NOUNS));
static PLACE_NOUN_SET: LazyLock<FastSet<String>> = LazyLock::new(|| word_set(PLACE_NOUNS));
static PLACE_HEAD_SET: LazyLock<FastSet<String>> = LazyLock::new(|| word_set(PLACE_HEADS));
static PLAIN_ACRONYM_SET: LazyLock<FastSet<String>> = LazyLock::new(|| word_set(PLAIN_ACRONYMS));
static ORG_PREFIX_SET: LazyLock<FastSet<String>> = LazyLock::new(|| word_set(ORG_PREFIXES));
static TEAM_WORD_SET: LazyLock<FastSet<String>> = LazyLock::new(|| word_set(TEAM_WORDS));
static CORPORATE_ROLE_SET: LazyLock<FastSet<String>> = LazyLock::new(|| word_set(CORPORATE_ROLES));

/// The word lists a folded word belongs to, one bit per list. A name finder asks many of
/// the same questions of every token ("a title?", "an organisation's head?", "a stop
/// word?"), so a token looks its word up once, in `lists_of`, and reads the bits after.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lists(u32);

impl Lists {
    pub const GIVEN_NAME: Lists = Lists(1 << 0);
    /// `is_title_head`, the endings of occupations included.
    pub const TITLE_HEAD: Lists = Lists(1 << 1);
    pub const TITLE_MODIFIER: Lists = Lists(1 << 2);
    pub const ORG_HEAD: Lists = Lists(1 << 3);
    pub const FACILITY_HEAD: Lists = Lists(1 << 4);
    pub const STOP_WORD: Lists = Lists(1 << 5);
    /// A key of the place table: `place` finds it.
    pub const PLACE: Lists = Lists(1 << 6);
    /// A key of the institution table: `institution` finds it.
    pub const INSTITUTION: Lists = Lists(1 << 7);
    /// `opens_phrase`: a place or institution key of several words starts with it.
    pub const OPENS_PHRASE: Lists = Lists(1 << 8);
    /// `demonym` finds it (a demonym, or one with a plural `s`).
    pub const DEMONYM: Lists = Lists(1 << 9);
    /// `is_org_noun`: an organisation's noun, or one with a plural `s`.
    pub const ORG_NOUN: Lists = Lists(1 << 10);
    /// `is_place_noun`: a noun for a kind of place (town, province).
    pub const PLACE_NOUN: Lists = Lists(1 << 11);
    /// `is_facility_noun`: a noun for a kind of building or site.
    pub const FACILITY_NOUN: Lists = Lists(1 << 12);
    /// `is_place_head`: a word that ends a place's name (Island, Bay).
    pub const PLACE_HEAD: Lists = Lists(1 << 13);
    /// `is_org_prefix`: a word that opens a body's name (FC, Banco).
    pub const ORG_PREFIX: Lists = Lists(1 << 14);
    /// A trade that ends a firm's name (Marine, Freight): also in `ORG_HEAD`.
    pub const SECTOR: Lists = Lists(1 << 15);

    /// Whether the word is in `list` (or in any of several lists joined with `or`).
    pub fn has(self, list: Lists) -> bool {
        self.0 & list.0 != 0
    }

    /// Both lists' bits: a word in either.
    pub const fn or(self, other: Lists) -> Lists {
        Lists(self.0 | other.0)
    }
}

/// Every folded word of the lists in `Lists`, with the bits of the lists that hold it:
/// the one table behind both `lists_of` and the `is_*` functions of these lists.
static LISTS: LazyLock<FastMap<String, Lists>> = LazyLock::new(|| {
    let mut map: FastMap<String, Lists> = FastMap::default();
    for (words, list) in [
        (GIVEN_NAMES, Lists::GIVEN_NAME),
        (WORLD_GIVEN_NAMES, Lists::GIVEN_NAME),
        (TITLE_HEADS, Lists::TITLE_HEAD),
        (TITLE_MODIFIERS, Lists::TITLE_MODIFIER),
        (ORG_HEADS, Lists::ORG_HEAD),
        (TEAM_WORDS, Lists::ORG_HEAD),
        // Legal forms head organisations' names too ("Acme Ltd").
        (LEGAL_FORMS, Lists::ORG_HEAD),
        (SECTORS, Lists::ORG_HEAD.or(Lists::SECTOR)),
        (FACILITY_HEADS, Lists::FACILITY_HEAD),
        (STOP_WORDS, Lists::STOP_WORD),
    ] {
        for word in words.split_whitespace() {
            let bits = map.entry(fold(word)).or_default();
            *bits = bits.or(list);
        }
    }
    // The keys of the phrase tables, exactly as their own lookups take them (a key of
    // several words matches no single token, but costs nothing to hold): a token that
    // has looked its lists up answers these questions without hashing its word again.
    let mut add = |key: &str, list: Lists| {
        let bits = map.entry(key.to_string()).or_default();
        *bits = bits.or(list);
    };
    for key in PLACES.keys() {
        add(key, Lists::PLACE);
    }
    for key in INSTITUTION_TABLE.keys() {
        add(key, Lists::INSTITUTION);
    }
    for key in PHRASE_OPENERS.iter() {
        add(key, Lists::OPENS_PHRASE);
    }
    for key in DEMONYM_TABLE.keys() {
        add(key, Lists::DEMONYM);
        add(&format!("{key}s"), Lists::DEMONYM);
    }
    for key in ORG_NOUN_SET.iter() {
        add(key, Lists::ORG_NOUN);
        add(&format!("{key}s"), Lists::ORG_NOUN);
    }
    for key in PLACE_NOUN_SET.iter() {
        add(key, Lists::PLACE_NOUN);
    }
    for key in FACILITY_NOUN_SET.iter() {
        add(key, Lists::FACILITY_NOUN);
    }
    for key in PLACE_HEAD_SET.iter() {
        add(key, Lists::PLACE_HEAD);
    }
    for key in ORG_PREFIX_SET.iter() {
        add(key, Lists::ORG_PREFIX);
    }
    map
});

/// The lists a folded word belongs to, by the table alone.
fn listed(folded: &str) -> Lists {
    LISTS.get(folded).copied().unwrap_or_default()
}

/// The lists a folded word belongs to: what the `is_*` functions below would say of it.
pub fn lists_of(folded: &str) -> Lists {
    let bits = listed(folded);
    // "Ex-PM", "ex-minister": a former holder's title.
    let former_title = || {
        folded
            .strip_prefix("ex-")
            .is_some_and(|title| title == "pm" || listed(title).has(Lists::TITLE_HEAD))
    };
    let bits = if !bits.has(Lists::GIVEN_NAME) && is_compound_given_name(folded) {
        bits.or(Lists::GIVEN_NAME)
    } else {
        bits
    };
    if !bits.has(Lists::TITLE_HEAD) && (is_title_by_ending(folded) || former_title()) {
        bits.or(Lists::TITLE_HEAD)
    } else {
        bits
    }
}

/// "Jan-Willem", "Hans-Peter", "Marie-Claire": two given names joined by a hyphen are one,
/// whether or not the list has the pair.
fn is_compound_given_name(folded: &str) -> bool {
    // Asked of every word: a byte scan of the short word finds most have no hyphen, where
    // a char search cost more than the rest of the lookup.
    let Some(hyphen) = folded.bytes().position(|b| b == b'-') else {
        return false;
    };
    let (first, second) = (&folded[..hyphen], &folded[hyphen + 1..]);
    first.len() >= 2
        && second.len() >= 2
        && !second.contains('-')
        && listed(first).has(Lists::GIVEN_NAME)
        && listed(second).has(Lists::GIVEN_NAME)
}

/// The longest place, institution or country phrase, in tokens, worth trying.
pub const MAX_PHRASE_TOKENS: usize = 6;

/// The canonical name of a place (`Kiev` -> `Kyiv`, `U.S.` -> `United States`).
/// `folded` must already be folded.
pub fn place(folded: &str) -> Option<&'static str> {
    PLACES.get(folded).copied()
}

/// Whether a place or institution spelling of several words may start with the folded
/// word `folded` followed by a space or a comma.
pub fn opens_phrase(folded: &str) -> bool {
    PHRASE_OPENERS.contains(folded)
}

/// The canonical name of a well-known institution or international body.
pub fn institution(folded: &str) -> Option<&'static str> {
    INSTITUTION_TABLE.get(folded).copied()
}

/// The place a demonym points to (`Some("-")` for group adjectives like Western).
pub fn demonym(folded: &str) -> Option<&'static str> {
    // Plural demonyms ("Ukrainians") name people collectively; they fold to the adjective.
    DEMONYM_TABLE.get(folded).copied().or_else(|| {
        folded
            .strip_suffix('s')
            .and_then(|stem| DEMONYM_TABLE.get(stem).copied())
    })
}

pub fn is_given_name(folded: &str) -> bool {
    listed(folded).has(Lists::GIVEN_NAME) || is_compound_given_name(folded)
}

pub fn is_title_head(folded: &str) -> bool {
    lists_of(folded).has(Lists::TITLE_HEAD)
}

/// An occupation known by its ending only. Occupations made with these endings are
/// people's ("hydrologist", "technician", "agronomist", "cartographer", "psychiatrist",
/// "geophysicist", "scientist"),
/// where "-ist" alone would take in the parties and churches of "Socialist" and "Baptist".
/// "Galician" is a demonym, not an occupation.
fn is_title_by_ending(folded: &str) -> bool {
    [
        "ologist", "ician", "onomist", "ographer", "iatrist", "icist", "entist",
    ]
    .iter()
    .any(|ending| folded.len() > ending.len() + 1 && folded.ends_with(ending))
        && demonym(folded).is_none()
}

pub fn is_title_modifier(folded: &str) -> bool {
    listed(folded).has(Lists::TITLE_MODIFIER)
}

pub fn is_org_head(folded: &str) -> bool {
    listed(folded).has(Lists::ORG_HEAD)
}

/// A trade that ends a firm's name: "Marine" of "Belvan Marine".
pub fn is_sector(folded: &str) -> bool {
    listed(folded).has(Lists::SECTOR)
}

pub fn is_post_nominal(folded: &str) -> bool {
    POST_NOMINAL_SET.contains(folded)
}

pub fn is_legal_form(folded: &str) -> bool {
    LEGAL_FORM_SET.contains(folded)
}

/// A word that heads or qualifies a body's or building's name ("General", "Hospital").
pub fn is_body_word(folded: &str) -> bool {
    listed(folded).has(
        Lists::ORG_HEAD
            .or(Lists::FACILITY_HEAD)
            .or(Lists::TITLE_MODIFIER),
    )
}

pub fn is_facility_head(folded: &str) -> bool {
    listed(folded).has(Lists::FACILITY_HEAD)
}

/// A lowercase noun that describes an organisation ("lender", "operator").
pub fn is_org_noun(folded: &str) -> bool {
    ORG_NOUN_SET.contains(folded)
        || folded
            .strip_suffix('s')
            .is_some_and(|stem| ORG_NOUN_SET.contains(stem))
}

pub fn is_facility_noun(folded: &str) -> bool {
    FACILITY_NOUN_SET.contains(folded)
}

pub fn is_place_noun(folded: &str) -> bool {
    PLACE_NOUN_SET.contains(folded)
}

pub fn is_place_head(folded: &str) -> bool {
    PLACE_HEAD_SET.contains(folded)
}

/// A word that closes a sports club's name ("United", "Sharks").
pub fn is_team_word(folded: &str) -> bool {
    TEAM_WORD_SET.contains(folded)
}

/// A word that ends a newspaper's or a periodical's name ("Tolne Herald"), which is called
/// by it alone ("the Herald").
pub fn is_paper_head(folded: &str) -> bool {
    matches!(
        folded,
        "news"
            | "times"
            | "post"
            | "herald"
            | "gazette"
            | "tribune"
            | "chronicle"
            | "courier"
            | "observer"
            | "journal"
            | "telegraph"
            | "ledger"
            | "monitor"
            | "daily"
            | "review"
            | "bulletin"
            | "weekly"
            | "monthly"
            | "quarterly"
            | "beacon"
            | "mirror"
            | "advertiser"
            | "enquirer"
            | "inquirer"
            | "dispatch"
            | "despatch"
            | "sentinel"
            | "clarion"
            | "argus"
            | "gleaner"
            | "bugle"
    )
}

/// A word that opens an organisation's name ("FC", "Banco").
pub fn is_org_prefix(folded: &str) -> bool {
    ORG_PREFIX_SET.contains(folded)
}

/// A prefix that opens a sports club's name ("Atlético", "FC"), which the club drops in
/// its short form ("Guayacanes"); a firm's prefix ("Groupe Bouchard") is left alone, since
/// its rest is often a founder's surname.
pub fn is_club_prefix(folded: &str) -> bool {
    matches!(
        folded,
        "atletico"
            | "deportivo"
            | "deportiva"
            | "independiente"
            | "estudiantes"
            | "olympique"
            | "dinamo"
            | "dynamo"
            | "lokomotiv"
            | "racing"
            | "sporting"
            | "fc"
            | "afc"
            | "cf"
            | "sc"
            | "fk"
            | "sk"
            | "nk"
            | "hnk"
            | "ssc"
            | "tsv"
            | "vfb"
            | "vfl"
            | "rcd"
            | "cd"
            | "ud"
    )
}

/// A role that organisations hold as much as people do.
pub fn is_corporate_role(folded: &str) -> bool {
    CORPORATE_ROLE_SET.contains(folded)
}

/// An abbreviation such as GDP or CEO that names no organisation.
pub fn is_plain_acronym(folded: &str) -> bool {
    PLAIN_ACRONYM_SET.contains(folded)
}

pub fn is_stop_word(folded: &str) -> bool {
    listed(folded).has(Lists::STOP_WORD)
}

pub fn is_weekday(folded: &str) -> bool {
    WEEKDAYS.contains(&folded)
}

pub fn is_month(folded: &str) -> bool {
    MONTHS.contains(&folded)
}

/// `word.trim_end_matches("’s").trim_end_matches("'s")`, by suffix tests: a string
/// pattern builds a substring searcher on every call.
fn without_possessive(mut word: &str) -> &str {
    while let Some(rest) = word.strip_suffix("’s") {
        word = rest;
    }
    while let Some(rest) = word.strip_suffix("'s") {
        word = rest;
    }
    word
}

/// Whether a word is a country, place or demonym ("Ukrainian", "U.S.", "Türkiye").
pub fn is_place_or_demonym(word: &str) -> bool {
    let folded = fold(without_possessive(word));
    place(&folded).is_some() || demonym(&folded).is_some()
}

/// The country a word names or is the demonym of: "Ukrainian" -> "Ukraine",
/// "Türkiye" -> "Turkey" (the gazetteer's canonical name).
pub fn country_of(word: &str) -> Option<String> {
    let folded = fold(without_possessive(word));
    if folded.is_empty() {
        return None;
    }
    demonym(&folded)
        .or_else(|| place(&folded))
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_bits_answer_as_the_tables_do() {
        // Every key of every table, a plural and a prefix of each, and some plain words.
        let mut words: Vec<String> = ["the", "said", "ukrainians", "xs", "", "new"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        for key in PLACES
            .keys()
            .chain(INSTITUTION_TABLE.keys())
            .chain(DEMONYM_TABLE.keys())
            .chain(PHRASE_OPENERS.iter())
            .chain(ORG_NOUN_SET.iter())
            .chain(PLACE_NOUN_SET.iter())
            .chain(FACILITY_NOUN_SET.iter())
            .chain(PLACE_HEAD_SET.iter())
            .chain(ORG_PREFIX_SET.iter())
        {
            words.push(key.clone());
            words.push(format!("{key}s"));
            words.extend(key.get(..key.len() / 2).map(str::to_string));
        }
        for w in &words {
            let bits = lists_of(w);
            assert_eq!(bits.has(Lists::PLACE), place(w).is_some(), "{w}");
            assert_eq!(
                bits.has(Lists::INSTITUTION),
                institution(w).is_some(),
                "{w}"
            );
            assert_eq!(bits.has(Lists::OPENS_PHRASE), opens_phrase(w), "{w}");
            assert_eq!(bits.has(Lists::DEMONYM), demonym(w).is_some(), "{w}");
            assert_eq!(bits.has(Lists::ORG_NOUN), is_org_noun(w), "{w}");
            assert_eq!(bits.has(Lists::PLACE_NOUN), is_place_noun(w), "{w}");
            assert_eq!(bits.has(Lists::FACILITY_NOUN), is_facility_noun(w), "{w}");
            assert_eq!(bits.has(Lists::PLACE_HEAD), is_place_head(w), "{w}");
            assert_eq!(bits.has(Lists::ORG_PREFIX), is_org_prefix(w), "{w}");
        }
    }

    #[test]
    fn fold_strips_diacritics_case_and_spacing() {
        for (input, expected) in [
            ("Türkiye", "turkiye"),
            ("Topkapı  Palace", "topkapi palace"),
            ("Çırağan", "ciragan"),
            ("Côte d’Ivoire", "cote d'ivoire"),
        ] {
            assert_eq!(fold(input), expected, "{input}");
        }
    }

    #[test]
    fn the_ascii_fold_collapses_whitespace_as_split_whitespace_does() {
        for input in [
            "",
            " ",
            "  New\tYork ",
            "\x0bA\x0c b\r\nC  ",
            "U.S.  Steel",
            "a",
            "Foo, Bar",
        ] {
            let expected = input
                .split_whitespace()
                .map(str::to_ascii_lowercase)
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(fold(input), expected, "{input:?}");
        }
    }

    #[test]
    fn transliteration_variants_share_a_phonetic_key() {
        for (a, b) in [
            ("Zelensky", "Zelenskyy"),
            ("Zelenskiy", "Zelensky"),
            ("Demerov", "Demierov"),
            ("Demyerov", "Demerov"),
            ("Ciragan", "Chiragan"),
            ("Çırağan", "Chiragan"),
        ] {
            assert_eq!(phonetic_key(a), phonetic_key(b), "{a} / {b}");
        }
        assert_ne!(phonetic_key("Medvedev"), phonetic_key("Melnikov"));
    }

    #[test]
    fn other_names_of_countries_and_cities_share_a_canonical_place() {
        for (a, b) in [
            ("Türkiye", "Turkey"),
            ("Kiev", "Kyiv"),
            ("U.S.", "United States"),
            ("Britain", "United Kingdom"),
            ("Czech Republic", "Czechia"),
            ("Côte d'Ivoire", "Ivory Coast"),
            ("Bosporus", "Bosphorus"),
            // Regions under their own language's name.
            ("Catalunya", "Catalonia"),
            ("Euskadi", "Basque Country"),
            ("Cymru", "Wales"),
        ] {
            assert_eq!(place(&fold(a)), place(&fold(b)), "{a} / {b}");
            assert!(place(&fold(a)).is_some(), "{a}");
        }
    }

    #[test]
    fn demonyms_point_to_their_place() {
        assert_eq!(demonym("ukrainian"), Some("Ukraine"));
        assert_eq!(demonym("turkish"), Some("Turkey"));
        assert_eq!(demonym("ukrainians"), Some("Ukraine"));
        assert_eq!(demonym("western"), Some("-"));
        assert_eq!(demonym("ukraine"), None);
    }

    #[test]
    fn world_given_names_are_no_place_title_or_function_word() {
        let clashes: Vec<&str> = WORLD_GIVEN_NAMES
            .lines()
            .filter(|name| {
                let f = fold(name);
                place(&f).is_some()
                    || demonym(&f).is_some()
                    || is_title_head(&f)
                    || is_title_modifier(&f)
                    || is_org_head(&f)
                    || is_facility_head(&f)
                    || is_place_head(&f)
                    || is_stop_word(&f)
                    || is_month(&f)
                    || is_weekday(&f)
            })
            .collect();
        assert!(clashes.is_empty(), "{clashes:?}");
        assert!(is_given_name("oleksandr") && is_given_name("minh"));
    }

    #[test]
    fn world_places_are_no_given_name_title_or_function_word() {
        let clashes: Vec<&str> = WORLD_PLACES
            .lines()
            .flat_map(|line| line.split('|'))
            .filter(|name| {
                let f = fold(name);
                is_given_name(&f)
                    || demonym(&f).is_some()
                    || is_title_head(&f)
                    || is_title_modifier(&f)
                    || is_org_head(&f)
                    || is_stop_word(&f)
                    || is_month(&f)
                    || is_weekday(&f)
                    || f.chars().count() <= 3
            })
            .collect();
        assert!(clashes.is_empty(), "{clashes:?}");
        assert_eq!(place("klaipeda"), Some("Klaipėda"));
    }
}
