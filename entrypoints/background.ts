export default defineBackground(() => {
  // wired in the shell work
});
