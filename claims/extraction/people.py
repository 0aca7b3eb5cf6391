"""Words that tell a person, beside ``lexicon``: more given names by gender and more role nouns.

News names its people once in full and then by surname, so the gender a pronoun needs mostly
comes from the given name at first mention. These lists add common English given names and
their short forms ("Bernie", "Jeb", "Mitch"), and nouns for people that do not end like one
("delegate", "candidate", "pundit").
"""
from __future__ import annotations

from .lexicon import FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, PERSON_NOUNS

_MORE_MALE_NAMES = frozenset("""
    abe ace al alec alf alfonso alistair allen alonzo alvin ambrose amos andy angus anton archie
    ari arlen arne art artie barack barney bart barton basil beau benedict benji benny bernie bert
    bertram bill billy blaine blair bo boyd brendan brett brock bronson bruno buck bud buddy burt
    byron cal calvin cameron carlton carroll cary cecil cedric chad chaim chandler chauncey chester
    chet chip chuck clarence claude clay clayton cliff clifford clint clyde cody cole colin conrad
    corey cory craig curt curtis cyrus dale dallas damian damon dan danny darrell darren darryl
    dave davey dean del delbert denis dennis denny derrick devin dewey dick dirk dom don donnie
    doug drew duane dustin dwight earl ed eddie edgar edmund edwin eli elliot elliott elmer elton
    elvis emil emmett enrique erik ernie errol ethan eugene evan ezra felix fergus fernando floyd
    forrest francis frank frankie franklin fred freddie freddy frederick fritz gabe garrett gary
    gavin gene geoff geoffrey gerald gerry gil gilbert glen glenn gordon grady graham grant greg
    gregg grover gus guy hal hank harlan harold harris harry harvey heath hector herb herbert herman
    hiram homer horace howard hubert hugh hugo hunter ian ike ira irving irwin isaac jack jackie
    jake jed jeb jeff jeffrey jerome jerry jess jesse jim jimmy joel joey johnny jon jonah jonathan
    josh joshua judd jules julian justin karl keith ken kenneth kenny kent kevin kirk kurt kyle
    lamar lance larry lars lawrence lee leland len lenny leo leon leroy les lester lew lewis lincoln
    lloyd lonnie lou lowell luther lyle lyndon mack marty marv marvin mason matt maurice maxwell
    merle mick mickey mitch mitchell mitt monte morgan morris mort moses murray myron nat nate
    nathan nathaniel ned neil nelson newt nick nicky noah noel norm norman oliver ollie omar orrin
    oscar otis otto owen pat pete phil pierce preston quentin ralph ramon randall randy ray raymond
    reggie reginald reid reince reuben rex rich richie rick rickey ricky rob robbie rod rodney
    rodrigo roger roland rolf ron ronnie ross roy rudolph rudy rufus russ russell rusty sal sam
    sammy sandy saul sid sidney sonny spencer stan sterling steve stu sylvester ted teddy terence
    thad thaddeus theo theodore tim timmy toby todd tom tommy tony travis trent trey troy ty tyler
    tyrone val vance vern vernon vic vince vincent wade wallace wally walt walter warren wayne
    wendell wes wesley wilbur will willard willie willis wilson winston woody wyatt zach zachary
    zack
""".split())

_MORE_FEMALE_NAMES = frozenset("""
    abby addie adele adrienne aileen alana alexa alexandria alicia alisha allison alma althea
    alyssa amalia amanda amie andrea angie anita annabel annie antoinette arlene ayanna bea bernice
    bess bessie betsy bettina bev bonnie brianna brooke callie camille candice cara carly carmen
    carol caroline carolyn carrie cassandra cassie cathy cecilia celeste celia charlene charlotte
    chelsea cheri cheryl chloe christie christina christine cindy claire clara clarissa claudia
    colleen connie constance cora corinne courtney crystal cynthia daisy dana danielle daphne
    darlene dawn deanna debbie deborah debra dee delia della delores denise diana diane dianne
    dina dolores donna dora doreen doris dorothy edith edna eileen elaine eleanor elena elise
    eliza ella ellen eloise elsa elsie emily emma erica erin estelle esther ethel eugenia eunice
    eva evelyn fay faye felicia fiona flora florence frances francine gail georgia geraldine
    gertrude gina ginny gladys glenda gloria grace greta gretchen gwen gwendolyn hannah harriet
    hazel heather heidi helen helena henrietta hilary hillary holly huma ida ilene imogen ina
    irene iris isabel isabella ivanka ivy jackie jacqueline jan jana jane janet janice jeanette
    jeanne jeannie jen jenna jennifer jenny jessica jill jo joan joann joanna joanne jocelyn jodi
    jody josephine joy joyce judith judy julia julie juliet june kara karen kari karin kate
    katharine katherine kathleen kathryn kathy katie kay kayla kellyanne kim kimberly kirsten
    kristen kristin krista lana laura lauren laurie leah leigh lena leona lila lillian lily linda
    lisa liz liza lois loretta lori lorraine louisa louise lucille lucy lydia lynn lynne mabel
    madeleine madeline mae maggie mamie marcia margaret margie maria marian marianne marie marilyn
    marion marjorie marla marlene martha mary maryann maureen maxine megan meghan melania melanie
    melinda melissa meredith michele michelle mika mildred millie mindy miriam misty mitzi molly
    mona monica nadia nan nancy naomi natalie nellie nettie nikki nina nora norma olga olive
    olivia paige pam pamela patrice patsy patti patty paula paulette pauline pearl peggy penelope
    penny phyllis polly priscilla rachel rebecca regina renee rhonda rita roberta robin rochelle
    rosa rosalind rose roseanne rosemary roxanne ruth sabrina sally samantha sandra sara sarah
    selena shari sharon sheila shelley shelly sherri sheryl shirley sonia sophia sophie stacey
    stacy stella stephanie sue susan susanne suzanne sylvia tamara tammy tanya tara teresa teri
    terri thelma theresa tina toni tonya tricia trudy ursula valerie vanessa vera veronica vicki
    vickie victoria viola violet virginia vivian wanda wendy whitney wilma yolanda yvonne zelda zoe
""".split())

MALE_GIVEN_NAMES = MALE_FIRST_NAMES | _MORE_MALE_NAMES
FEMALE_GIVEN_NAMES = FEMALE_FIRST_NAMES | (_MORE_FEMALE_NAMES - _MORE_MALE_NAMES)
"""Given names almost always borne by one gender; names borne by both (Jordan, Kelly) are in neither."""

_MORE_PERSON_NOUNS = frozenset("""
    delegate candidate nominee hopeful democrat republican conservative liberal independent
    incumbent colleague friend ally rival critic guest host pundit anchor veteran celebrity star
    actress billionaire mogul tycoon magnate heir heiress cleric reverend sheriff detective
    sergeant captain colonel justice clerk chancellor commissioner surrogate activist donor
    confidant confidante neighbor neighbour student teen teenager mom dad kid child girl boy
    victim survivor immigrant refugee citizen voter
""".split())

PEOPLE_NOUNS = PERSON_NOUNS | _MORE_PERSON_NOUNS
"""Singular nouns naming a person by role (``lexicon.PERSON_NOUNS`` and more)."""
