// unpyramid-fixture: runnable
// A chain returned from inside a handler (the pyramid of promises): the inner one is written out first,
// its handler becomes async, and the outer chain takes its statements, so the whole is flat.
const users = { 1: { id: 1, team: 7 } };
const teams = { 7: { name: 'core', lead: 'ada' } };
const getUser = (id) => Promise.resolve(users[id]);
const getTeam = (id) => Promise.resolve(teams[id]);

function leadOf(userId) {
  return getUser(userId).then((user) => {
    return getTeam(user.team).then((team) => {
      return team.lead + ' leads ' + team.name;
    });
  });
}

(async () => console.log(await leadOf(1)))();
