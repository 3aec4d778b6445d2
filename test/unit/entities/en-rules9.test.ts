// Issue 5, ninth pass: one small sentence per new English rule or data class (written for these tests, not taken from any page).
import { describe, expect, it } from 'vitest';
import { analyzeEntities } from '../../../lib/entities';

const typed = (text: string) => analyzeEntities({ title: '', text, lang: 'en' }).map((e) => `${e.type}:${e.name}`);

describe('English, ninth pass: heads of companies, institutions and roads', () => {
  it('a company head last (Water, Steel, Electric, Ratings, Aerospace) makes an organisation, not a person', () => {
    const n = typed('Tariffs set by Northvale Water rose, and Kestrel Steel cut jobs while Brightmoor Ratings downgraded Halden Aerospace.');
    expect(n).toContain('ORG:Northvale Water');
    expect(n).toContain('ORG:Kestrel Steel');
    expect(n).toContain('ORG:Brightmoor Ratings');
    expect(n).toContain('ORG:Halden Aerospace');
  });
  it('institution heads (Museum, Infirmary, Chamber, International, Initiative) make organisations', () => {
    const n = typed('Visitors left the Corbin Museum for the Harlow General Infirmary, said Vexa International and the Clean River Initiative.');
    expect(n).toContain('ORG:Corbin Museum');
    expect(n).toContain('ORG:Harlow General Infirmary');
    expect(n).toContain('ORG:Vexa International');
    expect(n).toContain('ORG:Clean River Initiative');
  });
  it('a road or ground last (Highway, Oval, Castle) makes a place; a place word last beats an organisation word before it', () => {
    const n = typed('Floods closed the Kestrel Highway near the Marlow Oval, and flights left Brindle International Airport.');
    expect(n).toContain('PLACE:Kestrel Highway');
    expect(n).toContain('PLACE:Marlow Oval');
    expect(n).toContain('PLACE:Brindle International Airport');
  });
});

describe('English, ninth pass: districts, teams, roles and «of»', () => {
  it('a compass word last makes a district', () => {
    const n = typed('Residents said Dunmore East had no water.');
    expect(n).toContain('PLACE:Dunmore East');
  });
  it('a known place then a plural noun is a team', () => {
    const n = typed('A late goal gave Lagos Comets the win.');
    expect(n).toContain('ORG:Lagos Comets');
  });
  it('role words written with a capital (Assemblywoman, Co-author, Analyst) are no part of the name', () => {
    const n = typed('The bill was opposed by Assemblywoman Tessa Marlow. Co-author Ravi Kendal agreed.');
    expect(n).toContain('PERSON:Tessa Marlow');
    expect(n).toContain('PERSON:Ravi Kendal');
  });
  it('«Name Surname of Body» is a person and the body', () => {
    const n = typed('The forecast was cut, said Lena Okafor of Brightmoor Capital on Monday.');
    expect(n).toContain('PERSON:Lena Okafor');
    expect(n).toContain('ORG:Brightmoor Capital');
    expect(n.some((x) => x.includes('Okafor of'))).toBe(false);
  });
  it('«of» inside an organisation name still holds', () => {
    const n = typed('The Bank of Northland kept its rate, the Duchy Chamber of Commerce said.');
    expect(n).toContain('ORG:Bank of Northland');
    expect(n).toContain('ORG:Duchy Chamber of Commerce');
  });
  it('«Securities and Investments Commission»: a plural field word before «and» stays in a public-body name', () => {
    const n = typed('The Northland Securities and Investments Commission sued the lender.');
    expect(n).toContain('ORG:Northland Securities and Investments Commission');
  });
});

describe('English, ninth pass: possessive countries, «of» + country, teams, other-Latin heads', () => {
  it('«Country\'s Ministry of …» is the country and the ministry', () => {
    const n = typed("Norway's Ministry of Fisheries and Oceans said on Monday that quotas would fall.");
    expect(n).toContain('PLACE:Norway');
    expect(n).toContain('ORG:Ministry of Fisheries and Oceans');
  });
  it('«X Desert of Country» is two places', () => {
    const n = typed('The rover was tested in the Brindle Desert of Chile last year.');
    expect(n).toContain('PLACE:Brindle Desert');
    expect(n).toContain('PLACE:Chile');
  });
  it('«Police» ends a public-body name after two capitalised words', () => {
    const n = typed('It was the Northland National Police that closed the road.');
    expect(n).toContain('ORG:Northland National Police');
  });
  it('a place then two words ending in a plural noun is a team', () => {
    const n = typed('A late goal gave Lagos Super Comets the win.');
    expect(n).toContain('ORG:Lagos Super Comets');
  });
  it('other-Latin heads: Rue/Cerro first make a place, Empresa/Petróleos make an organisation', () => {
    const n = typed('Shops on the Rue de Marlow closed, the Cerro Blanco site opened, and Petróleos Andinos paid Empresa Brindle.');
    expect(n).toContain('PLACE:Rue de Marlow');
    expect(n).toContain('PLACE:Cerro Blanco');
    expect(n).toContain('ORG:Petróleos Andinos');
    expect(n).toContain('ORG:Empresa Brindle');
  });
});

describe('English, ninth pass: «for … in …» and «Friends of the …»', () => {
  it('«in» + a field noun after «for» stays in the organisation name', () => {
    expect(typed('It is run by the Federation of Clinics for Research in Oncology, a consortium.')).toContain('ORG:Federation of Clinics for Research in Oncology');
  });
  it('«Friends of the …» is an organisation', () => {
    expect(typed('Campaigners at Friends of the Marshes said the plan failed.')).toContain('ORG:Friends of the Marshes');
  });
});
